/**
 * Server settings, read once from the environment and checked with zod. A bad value stops the
 * server with a message that names the setting and says what it should be (main.ts prints it
 * and exits with code 1). Secrets (DATABASE_URL) are never echoed back.
 */
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Fastify's `trustProxy`: off, on, a hop count, or a comma-separated list of addresses. */
export type TrustProxy = boolean | number | string;

export interface Config {
  port: number;
  host: string;
  /** PGlite's data folder, as given (relative paths are relative to the working directory). */
  dataDir: string;
  /** When set, PostgreSQL through `pg` is used instead of the embedded PGlite. */
  databaseUrl: string | undefined;
  /** The built claimant app (Vite's output). */
  staticDir: string;
  logLevel: LogLevel;
  trustProxy: TrustProxy;
  /** Coach sign-in attempts allowed per minute from one address. */
  loginRateLimit: number;
}

/** Thrown when the environment holds a value the server cannot use. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Waymark cannot start because of its settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** An empty variable (`PORT=`) means "use the default", as most .env tools intend. */
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const portSchema = z
  .string()
  .refine((v) => /^\d{1,5}$/.test(v) && Number(v) <= 65535, {
    error: (i) => `PORT must be a whole number from 0 to 65535 (it is "${String(i.input)}").`,
  })
  .transform(Number);

const hostSchema = z.string().regex(/^[^\s/]+$/, {
  error: 'HOST must be a host name or IP address, such as 0.0.0.0 or 127.0.0.1.',
});

const databaseUrlSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
    } catch {
      return false;
    }
  },
  {
    error:
      'DATABASE_URL must be a PostgreSQL address such as postgres://user:password@host:5432/name.',
  },
);

const logLevelSchema = z.enum(LOG_LEVELS, {
  error: (i) => `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (it is "${String(i.input)}").`,
});

const trustProxySchema = z.string().transform((value, ctx): TrustProxy => {
  const text = value.trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const parts = text.split(',').map((p) => p.trim());
  if (parts.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(p))) {
    return parts.join(',');
  }
  ctx.addIssue({
    code: 'custom',
    message:
      'TRUST_PROXY must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses.',
  });
  return z.NEVER;
});

const loginRateLimitSchema = z
  .string()
  .refine((v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 1000, {
    error: (i) =>
      `LOGIN_RATE_LIMIT must be a whole number of sign-in attempts a minute, from 1 to 1000 (it is "${String(i.input)}").`,
  })
  .transform(Number);

const pathSchema = (name: string) =>
  z.string().refine((v) => !v.includes('\0'), { error: `${name} must be a folder path.` });

const envSchema = z.object({
  PORT: optional(portSchema),
  HOST: optional(hostSchema),
  DATA_DIR: optional(pathSchema('DATA_DIR')),
  DATABASE_URL: optional(databaseUrlSchema),
  STATIC_DIR: optional(pathSchema('STATIC_DIR')),
  LOG_LEVEL: optional(logLevelSchema),
  TRUST_PROXY: optional(trustProxySchema),
  LOGIN_RATE_LIMIT: optional(loginRateLimitSchema),
});

export const DEFAULTS = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  staticDir: 'dist',
  logLevel: 'info',
  trustProxy: false,
  loginRateLimit: 5,
} as const satisfies Partial<Config>;

/** Reads and checks the settings; throws ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  }
  const values = parsed.data;
  return {
    port: values.PORT ?? DEFAULTS.port,
    host: values.HOST ?? DEFAULTS.host,
    dataDir: values.DATA_DIR ?? DEFAULTS.dataDir,
    databaseUrl: values.DATABASE_URL,
    staticDir: values.STATIC_DIR ?? DEFAULTS.staticDir,
    logLevel: values.LOG_LEVEL ?? DEFAULTS.logLevel,
    trustProxy: values.TRUST_PROXY ?? DEFAULTS.trustProxy,
    loginRateLimit: values.LOGIN_RATE_LIMIT ?? DEFAULTS.loginRateLimit,
  };
}
