/**
 * Opens the database the settings ask for: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded PGlite in DATA_DIR. Everything else imports the Database type from here.
 */
import type { Config } from '../config';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

export type { Database, DatabaseKind, Queryable, QueryResult } from './types';

export function createDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl })
    : openPglite({ dataDir: config.dataDir });
}

/** How the startup line and logs name the database, without the password. */
export function describeDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  return config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
}
