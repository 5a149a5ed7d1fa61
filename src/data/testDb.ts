/**
 * Test helper: a fresh, uniquely named database per test, deleted afterwards. Only imported by
 * *.test.ts files.
 */
import { afterEach } from 'vitest';
import { createDb, type WaymarkDB } from './db';

const open: WaymarkDB[] = [];

export function freshDb(): WaymarkDB {
  const database = createDb(`waymark-test-${crypto.randomUUID()}`);
  open.push(database);
  return database;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.delete()));
});
