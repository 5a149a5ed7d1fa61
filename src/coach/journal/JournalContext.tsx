/**
 * One claimant's journal while the coach has it open: the claimant (label, connection), their
 * shared records, and `write` for the coach's own changes. Everything goes through the coach's
 * sync route (POST /api/coach/claimants/:id/sync): the first call pulls all, later ones only
 * what changed since the cursor, and a write is one mutation in the same round trip. While the
 * page is visible it asks again every 30 seconds, so a claimant's new check-in shows up.
 *
 * The console is online-only by design: a write that does not reach the server fails loudly
 * (the form keeps what was typed) rather than queueing on a shared office computer.
 *
 * A claimant whose data was deleted at their request is 'deleted': the claimant entry says when
 * (`deleted`), the server refuses every read and write (410), and nothing more is asked.
 */
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { syncResponseSchema, type RecordChange } from '../../domain/sync';
import type { FieldsByKind, RecordKind } from '../../domain/records';
import { ApiProblem, api } from '../api';
import type { CaseloadClaimant } from '../types';
import { seen, tick } from './clock';
import { applyChanges, visibleRecords, type RecordStore, type RecordsByKind } from './records';

export const REFRESH_MS = 30_000;

export interface Journal {
  claimantId: string;
  claimant: CaseloadClaimant | undefined;
  /**
   * 'missing': not on this coach's caseload (or no such claimant). 'deleted': everything about
   * them was deleted at their request; only the label and the date are left.
   */
  status: 'loading' | 'ready' | 'missing' | 'failed' | 'deleted';
  records: RecordsByKind;
  /** When the records were last brought up to date. */
  updatedAt: Date | undefined;
  /** Saves one change of the coach's; throws ApiProblem with a plain reason when refused. */
  write<K extends RecordKind>(kind: K, recordId: string, fields: FieldsByKind[K]): Promise<void>;
  refresh(): Promise<void>;
  reloadClaimant(): Promise<void>;
}

const JournalContext = createContext<Journal | null>(null);

export function useJournal(): Journal {
  const journal = use(JournalContext);
  if (!journal) throw new Error('useJournal needs a JournalProvider');
  return journal;
}

export function JournalProvider({
  claimantId,
  children,
}: {
  claimantId: string;
  children: ReactNode;
}) {
  const [claimant, setClaimant] = useState<CaseloadClaimant>();
  const [status, setStatus] = useState<Journal['status']>('loading');
  const [store, setStore] = useState<RecordStore>(() => new Map());
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const cursor = useRef('');
  const deleted = useRef(false);
  // One round trip at a time, in order: a write waits for a refresh in flight and vice versa.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const base = `/api/coach/claimants/${encodeURIComponent(claimantId)}`;

  const reloadClaimant = useCallback(async () => {
    const { claimant: found } = await api<{ claimant: CaseloadClaimant }>('GET', base);
    setClaimant(found);
    if (found.deleted) {
      deleted.current = true;
      setStatus('deleted');
    }
  }, [base]);

  const roundTrip = useCallback(
    (mutations: unknown[]) => {
      const run = async () => {
        if (deleted.current) throw new ApiProblem(410, 'claimant_deleted', 'Deleted.');
        let rejected: { mutationId: string; reason: string }[] = [];
        let more = true;
        let first = true;
        while (more) {
          const answer = syncResponseSchema.parse(
            await api('POST', `${base}/sync`, {
              since: cursor.current,
              mutations: first ? mutations : [],
            }).catch((error: unknown) => {
              // Deleted at the claimant's request (perhaps while the page was open): say so.
              if (error instanceof ApiProblem && error.code === 'claimant_deleted') {
                deleted.current = true;
                setStore(new Map());
                setStatus('deleted');
                void reloadClaimant().catch(() => undefined);
              }
              throw error;
            }),
          );
          first = false;
          // Each page is kept as it arrives, before the cursor moves past it: should a later
          // page fail, what came before is shown and is not asked for again.
          const changes: RecordChange[] = answer.changes;
          changes.forEach((change) => seen(change.record.updated));
          setStore((previous) => applyChanges(previous, changes));
          rejected = rejected.concat(answer.rejected ?? []);
          cursor.current = answer.cursor;
          more = answer.more === true;
        }
        setUpdatedAt(new Date());
        setStatus('ready');
        return rejected;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [base, reloadClaimant],
  );

  const refresh = useCallback(async () => {
    await roundTrip([]);
  }, [roundTrip]);

  useEffect(() => {
    // One provider per claimant (CoachApp keys it by id), so the state starts empty here.
    let cancelled = false;
    // Both requests set state only once their answers arrive (after this effect has run).
    Promise.resolve()
      .then(() => Promise.all([reloadClaimant(), refresh()]))
      .catch((error: unknown) => {
        if (cancelled || deleted.current) return;
        setStatus(error instanceof ApiProblem && error.status === 404 ? 'missing' : 'failed');
      });
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && !deleted.current) {
        refresh().catch(() => undefined);
      }
    }, REFRESH_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, [reloadClaimant, refresh]);

  const write = useCallback(
    async <K extends RecordKind>(kind: K, recordId: string, fields: FieldsByKind[K]) => {
      const mutationId = crypto.randomUUID();
      const rejected = await roundTrip([
        { mutationId, recordKind: kind, recordId, fields, hlc: tick() },
      ]);
      const refusal = rejected.find((r) => r.mutationId === mutationId);
      if (refusal) throw new ApiProblem(403, 'refused', refusal.reason);
    },
    [roundTrip],
  );

  const records = useMemo(() => visibleRecords(store), [store]);
  const journal = useMemo<Journal>(
    () => ({ claimantId, claimant, status, records, updatedAt, write, refresh, reloadClaimant }),
    [claimantId, claimant, status, records, updatedAt, write, refresh, reloadClaimant],
  );
  return <JournalContext value={journal}>{children}</JournalContext>;
}
