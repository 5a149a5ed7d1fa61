/**
 * Which of the work coach's messages the person has seen, kept on this phone only (meta
 * `messagesSeen`: the ids of the coach's messages on screen when the messages page was last
 * open). Never synced: it is about this phone's screen, not the shared journal. Ids of messages
 * that are gone drop out each time it is written, so it stays as small as the list itself.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type WaymarkDB } from './db';

declare module './db' {
  interface MetaValues {
    /** Ids of the coach's messages the person has seen (see messagesSeen.ts). */
    messagesSeen: string[];
  }
}

export async function readMessagesSeen(database: WaymarkDB = defaultDb): Promise<string[]> {
  const entry = await database.meta.get('messagesSeen');
  return (entry?.value as string[] | undefined) ?? [];
}

/** The seen ids, live; undefined while loading. */
export function useMessagesSeen(database: WaymarkDB = defaultDb): string[] | undefined {
  return useLiveQuery(() => readMessagesSeen(database), [database]);
}

/** Records that the person has now seen exactly these coach messages. */
export async function markMessagesSeen(
  ids: readonly string[],
  database: WaymarkDB = defaultDb,
): Promise<void> {
  const next = [...new Set(ids)].sort();
  await database.transaction('rw', database.meta, async () => {
    const current = await readMessagesSeen(database);
    if (current.length === next.length && current.every((id, i) => id === next[i])) return;
    await database.meta.put({ key: 'messagesSeen', value: next });
  });
}
