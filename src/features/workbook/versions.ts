/**
 * Versions of a workbook technique. Each version is its own record: at most one current draft
 * (the newest record still in draft) and any number of finished versions (status 'done', dated
 * by completedAt). Marking done freezes a draft into a version; starting again makes a new
 * draft prefilled from the latest finished version, so people update rather than retype.
 */
import type { FieldsByKind } from '../../domain/records';
import type { WorkbookFlow, WorkbookKind, WorkbookRecord } from './flow';

export interface WorkbookVersions<R> {
  /** The newest draft, if any: the one Start / Continue works on. */
  draft?: R;
  /** Finished versions, newest first. */
  done: R[];
}

type Versioned = { created: string; status?: string; completedAt?: string | null };

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export function splitVersions<R extends Versioned>(records: readonly R[]): WorkbookVersions<R> {
  const drafts = records
    .filter((r) => r.status !== 'done')
    .sort((a, b) => newestFirst(a.created, b.created));
  const done = records
    .filter((r) => r.status === 'done')
    .sort((a, b) => newestFirst(a.completedAt ?? a.created, b.completedAt ?? b.created));
  return { draft: drafts[0], done };
}

/** The fields a new draft starts with: the latest finished answers and sharing choice. */
export function newDraftFields<K extends WorkbookKind>(
  flow: Pick<WorkbookFlow<K>, 'kind' | 'answerFields'>,
  latestDone: WorkbookRecord<K> | undefined,
): FieldsByKind[K] {
  const fields: Record<string, unknown> = { status: 'draft', completedAt: null };
  if (latestDone) {
    const source = latestDone as Record<string, unknown>;
    for (const field of flow.answerFields) {
      if (source[field] !== undefined) fields[field] = source[field];
    }
    fields.sharing = source.sharing;
  }
  return fields as FieldsByKind[K];
}

/** The fields that turn a draft into a dated, finished version. */
export function markDoneFields(now: Date): { status: 'done'; completedAt: string } {
  return { status: 'done', completedAt: now.toISOString() };
}
