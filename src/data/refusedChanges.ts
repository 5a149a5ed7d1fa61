/**
 * The notices of changes the server refused (domain/refusals.ts), kept on this phone only in
 * meta `refusedChanges`, never synced. The sync engine notes them in the same transaction that
 * puts the server's copy back; the home page's "Got it" removes the ones it showed.
 */
import {
  refusedChangesFrom,
  withRefusedChanges,
  withoutRefusedChanges,
  type RefusedChange,
} from '../domain/refusals';
import { db as defaultDb, type WaymarkDB } from './db';

declare module './db' {
  interface MetaValues {
    /** Changes the server refused, to tell the person (see data/refusedChanges.ts). */
    refusedChanges: RefusedChange[];
  }
}

export async function readRefusedChanges(
  database: WaymarkDB = defaultDb,
): Promise<RefusedChange[]> {
  return refusedChangesFrom((await database.meta.get('refusedChanges'))?.value);
}

/**
 * Notes refused changes. Call inside a transaction that includes `meta` (the sync engine's), so
 * the notice is written with the data it is about, or not at all.
 */
export async function noteRefusedChanges(
  database: WaymarkDB,
  added: readonly RefusedChange[],
): Promise<void> {
  if (added.length === 0) return;
  const next = withRefusedChanges(await readRefusedChanges(database), added);
  await database.meta.put({ key: 'refusedChanges', value: next });
}

/** "Got it": the person has read these notices (a newer one about the same record stays). */
export async function dismissRefusedChanges(
  read: readonly RefusedChange[],
  database: WaymarkDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const current = await readRefusedChanges(database);
    const next = withoutRefusedChanges(current, read);
    if (next.length === current.length) return;
    if (next.length === 0) await database.meta.delete('refusedChanges');
    else await database.meta.put({ key: 'refusedChanges', value: next });
  });
}
