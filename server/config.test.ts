/** Settings: defaults, each variable, and plain messages for bad values. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      staticDir: 'dist',
      logLevel: 'info',
      trustProxy: false,
      loginRateLimit: 5,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '3000',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/waymark',
        DATABASE_URL: 'postgres://waymark:secret@db.internal:5432/waymark',
        STATIC_DIR: 'build/client',
        LOG_LEVEL: 'warn',
        TRUST_PROXY: '1',
        LOGIN_RATE_LIMIT: '30',
      }),
    ).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/var/lib/waymark',
      databaseUrl: 'postgres://waymark:secret@db.internal:5432/waymark',
      staticDir: 'build/client',
      logLevel: 'warn',
      trustProxy: 1,
      loginRateLimit: 30,
    });
  });

  it.each(['0', '1001', '-1', '5.5', 'many'])('refuses LOGIN_RATE_LIMIT=%s', (value) => {
    expect(() => loadConfig({ LOGIN_RATE_LIMIT: value })).toThrow(/LOGIN_RATE_LIMIT/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ', LOG_LEVEL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      logLevel: 'info',
    });
  });

  it('accepts postgresql:// addresses and port 0 (any free port)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/waymark', PORT: '0' })).toMatchObject(
      {
        databaseUrl: 'postgresql://localhost/waymark',
        port: 0,
      },
    );
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['10.0.0.0/8, loopback', '10.0.0.0/8,loopback'],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['abc', '-1', '65536', '80.5', '8080x'])(
    'rejects PORT=%s with a plain message',
    (port) => {
      expect(problems({ PORT: port })).toEqual([
        `PORT must be a whole number from 0 to 65535 (it is "${port}").`,
      ]);
    },
  );

  it('rejects an unknown LOG_LEVEL and lists the choices', () => {
    expect(problems({ LOG_LEVEL: 'loud' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (it is "loud").',
    ]);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL without echoing it', () => {
    const found = problems({ DATABASE_URL: 'mysql://root:hunter2@db/waymark' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^DATABASE_URL must be a PostgreSQL address/);
    expect(found.join()).not.toContain('hunter2');
    expect(problems({ DATABASE_URL: 'not a url' })[0]).toMatch(/^DATABASE_URL/);
  });

  it('rejects a HOST with spaces and a nonsense TRUST_PROXY', () => {
    expect(problems({ HOST: 'my server' })[0]).toMatch(/^HOST must be a host name or IP address/);
    expect(problems({ TRUST_PROXY: 'yes please' })[0]).toMatch(/^TRUST_PROXY must be/);
  });

  it('reports every bad setting at once, in one readable message', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'chatty' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('Waymark cannot start because of its settings:');
      expect(message).toContain('  - PORT must be a whole number');
      expect(message).toContain('  - LOG_LEVEL must be one of');
    }
  });
});
