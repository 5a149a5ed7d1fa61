/**
 * Starts Waymark: reads the settings, opens the database, brings its schema up to date, builds
 * the app and listens. Prints one friendly line when ready, and on SIGINT/SIGTERM stops taking
 * requests, finishes the ones in flight, then closes the database. Any startup problem is
 * printed in plain words with exit code 1. Used by server/main.ts (npm start, npm run serve)
 * and scripts/demo.ts (npm run demo), which seeds the database before the server listens.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import type { Config } from './config';
import { createDatabase, describeDatabase } from './db';
import type { Database } from './db';
import { DataDirInUseError } from './db/data-dir-lock';
import { migrate, MigrationError } from './db/migrate';

const SHUTDOWN_GRACE_MS = 10_000;

export function fail(message: string): never {
  console.error(`Waymark could not start. ${message}`);
  process.exit(1);
}

function explain(error: unknown, config: Config): string {
  if (error instanceof DataDirInUseError || error instanceof MigrationError) return error.message;
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE') {
    return `Port ${config.port} is already in use. Stop the other program or set PORT to another number.`;
  }
  if (err.code === 'EACCES' && err.syscall === 'listen') {
    return `This user may not listen on port ${config.port}. Set PORT to a number above 1023.`;
  }
  if (config.databaseUrl && (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND')) {
    return `PostgreSQL did not answer at the address in DATABASE_URL (${err.message}). Is it running?`;
  }
  return err.message ?? String(error);
}

/** The address people can open: localhost for "all interfaces", otherwise the host itself. */
function publicUrl(host: string, port: number): string {
  const shown = ['0.0.0.0', '::', 'localhost'].includes(host)
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;
  return `http://${shown}:${port}`;
}

function boundPort(app: FastifyInstance, fallback: number): number {
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : fallback;
}

function stopOnSignals(app: FastifyInstance, db: Database): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      console.error('Stopping now, without waiting for requests to finish.');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'Shutting down');
    setTimeout(() => {
      console.error('Waymark took too long to stop; stopping now.');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    try {
      await app.close();
    } finally {
      await db.close();
    }
    console.log('Waymark has stopped.');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

export interface StartOptions {
  /** Reads the settings (default: from the environment); a ConfigError stops with its message. */
  loadConfig?: () => Config;
  /**
   * Runs after the migrations and before the server listens. Returns the lines to print, given
   * the server's address, under the "running" line once it is ready.
   */
  prepare?: (db: Database, config: Config) => Promise<(url: string) => string[]>;
}

export async function startServer(options: StartOptions = {}): Promise<void> {
  let config: Config;
  try {
    config = (options.loadConfig ?? loadConfig)();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  let db: Database | undefined;
  try {
    db = await createDatabase(config);
    const { applied, unknown } = await migrate(db);
    const announce = await options.prepare?.(db, config);
    const app = await buildApp({
      db,
      staticDir: config.staticDir,
      logger: { level: config.logLevel },
      trustProxy: config.trustProxy,
      rateLimits: { login: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    });
    if (applied.length > 0) app.log.info({ applied }, 'Database schema updated');
    if (unknown.length > 0) {
      app.log.warn(
        { unknown },
        'The database has migrations this version of Waymark does not know',
      );
    }
    await app.listen({ port: config.port, host: config.host });
    stopOnSignals(app, db);
    const url = publicUrl(config.host, boundPort(app, config.port));
    console.log(`Waymark is running at ${url} (database: ${describeDatabase(config)})`);
    for (const line of announce?.(url) ?? []) console.log(line);
  } catch (error) {
    await db?.close().catch(() => undefined);
    fail(explain(error, config));
  }
}
