/**
 * How column values come back, the same on both adapters, so a query never behaves
 * differently on PGlite and PostgreSQL:
 *   - bigint (int8, e.g. count(*)) is a string, as `pg` does by default, because it can exceed
 *     Number.MAX_SAFE_INTEGER; cast in SQL (`count(*)::int`) when a number is wanted;
 *   - date is the 'YYYY-MM-DD' string, never a Date shifted by the server's time zone;
 *   - timestamptz is a Date, json/jsonb are parsed, numeric is a string, bytea a Uint8Array.
 * Store instants as timestamptz; timestamp without time zone is read in local time.
 */
import pg from 'pg';
import type { CustomTypesConfig } from 'pg';

export const OID = {
  int8: 20,
  date: 1082,
  dateArray: 1182,
} as const;

const asText = (value: string): string => value;

/** Overrides for PGlite's parsers (it parses array elements with the element type's parser). */
export const pgliteParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: asText,
  [OID.date]: asText,
};

type PgTypeId = Parameters<typeof pg.types.getTypeParser>[0];
const TEXT_ARRAY_OID = 1009 as PgTypeId;

/** The same rules for `pg` (its defaults already give int8 as a string). */
export const postgresTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === OID.date) return asText;
    if (oid === OID.dateArray) return pg.types.getTypeParser(TEXT_ARRAY_OID);
    return pg.types.getTypeParser(oid as PgTypeId, format);
  }) as CustomTypesConfig['getTypeParser'],
};
