/**
 * What the home page shows from the local database, read without Dexie (quickRead.ts): every
 * task's status, the work-coach summary (connected, new messages, next appointment), the
 * day-before reminder (domain/reminder.ts) and which past appointment to ask for feedback
 * about (domain/feedbackPrompt.ts), and the changes the server refused (domain/refusals.ts), in one read
 * transaction. Read again after each change in this tab and when the tab comes back into view
 * (changeSignal.ts). Loaded just after the first paint; Dexie itself loads only when a
 * page that writes opens, or for a phone that is connected to a coach (to sync).
 */
import { TASK_IDS, TASK_RECORD_KIND, taskStatusFor } from '../domain/tasks';
import { localIsoDate } from '../domain/dates';
import type { Action, Appointment, Feedback, JournalEntry } from '../domain/records';
import { refusedChangesFrom, type RefusedChange } from '../domain/refusals';
import { feedbackPrompt, type FeedbackPrompt } from '../domain/feedbackPrompt';
import { appointmentReminder, type AppointmentReminder } from '../domain/reminder';
import { TABLE_FOR_KIND } from './dbName';
import { dataChanged, onDataChanged } from './changeSignal';
import { readStores } from './quickRead';
import { openedRows } from './lock/lockGate';
import { summariseCoach, type CoachSummary } from './coachSummary';
import type { TaskStatuses } from './taskStatus';

export interface HomeData {
  statuses: TaskStatuses;
  coach: CoachSummary;
  feedbackPrompt?: FeedbackPrompt;
  /** The day-before (and same-day) reminder of the next appointment. */
  reminder?: AppointmentReminder;
  /** True when there is any appointment on this phone (the person's own, or the coach's). */
  hasAppointments: boolean;
  /**
   * Changes the server refused, whose server copy the phone put back: told once, until "Got it"
   * (data/refusedChanges.ts), oldest first, each with its action's words when it is an action
   * and whether the record is still there to link to.
   */
  refused: RefusedNotice[];
}

export interface RefusedNotice extends RefusedChange {
  /** An action's words (trimmed; empty when it has none). */
  text: string;
  /** The record is on this phone and not deleted. */
  exists: boolean;
}

/** Set by the feedback prompt's "Not now": no prompt again until the next visit. */
const FEEDBACK_NOT_NOW_KEY = 'waymark.feedbackNotNow';

/** "Not now" on the home page's feedback prompt: hidden for the rest of this visit. */
export function pauseFeedbackPrompt(): void {
  sessionStorage.setItem(FEEDBACK_NOT_NOW_KEY, '1');
  dataChanged();
}

type MetaRow = { key?: unknown; value?: unknown };

export async function readHomeData(
  options: { name?: string; factory?: IDBFactory; now?: Date } = {},
): Promise<HomeData> {
  const now = options.now ?? new Date();
  const taskTables = TASK_IDS.map((id) => TABLE_FOR_KIND[TASK_RECORD_KIND[id]]);
  const stores = [
    ...new Set([...taskTables, 'meta', 'journalEntries', 'appointments', 'feedback']),
  ];
  // With a PIN, rows are sealed: opened with the key (the home page shows only once unlocked).
  const contents = await openedRows(await readStores(stores, options));
  const today = localIsoDate(now);
  const statuses = Object.fromEntries(
    TASK_IDS.map((id, i) => [
      id,
      taskStatusFor(id, (contents[taskTables[i] as string] ?? []) as never[], today),
    ]),
  ) as TaskStatuses;
  const meta = (contents.meta ?? []) as MetaRow[];
  const metaValue = (key: string) => meta.find((row) => row.key === key)?.value;
  const seen = metaValue('messagesSeen');
  const coach = summariseCoach(
    {
      connected: metaValue('connection') !== undefined,
      seen: Array.isArray(seen) ? (seen as string[]) : [],
      entries: (contents.journalEntries ?? []) as JournalEntry[],
      appointments: (contents.appointments ?? []) as Appointment[],
    },
    now.getTime(),
  );
  const notAsked = metaValue('feedbackNotAsked');
  const prompt = feedbackPrompt(
    {
      appointments: (contents.appointments ?? []) as Appointment[],
      feedback: (contents.feedback ?? []) as Feedback[],
      notAsked: Array.isArray(notAsked) ? (notAsked as string[]) : [],
      paused: sessionStorage.getItem(FEEDBACK_NOT_NOW_KEY) !== null,
    },
    now.getTime(),
  );
  const appointments = (contents.appointments ?? []) as Appointment[];
  const tables: Partial<Record<string, { id: string; deleted?: boolean }[]>> = {
    action: (contents.actions ?? []) as Action[],
    appointment: appointments,
    journalEntry: (contents.journalEntries ?? []) as JournalEntry[],
  };
  const refused = refusedChangesFrom(metaValue('refusedChanges')).map((notice) => {
    const record = tables[notice.recordKind]?.find((r) => r.id === notice.recordId);
    const text = notice.recordKind === 'action' ? ((record as Action | undefined)?.text ?? '') : '';
    return { ...notice, text: text.trim(), exists: record !== undefined && !record.deleted };
  });
  return {
    statuses,
    coach,
    feedbackPrompt: prompt,
    reminder: appointmentReminder(appointments, now),
    hasAppointments: appointments.some((a) => !a.deleted),
    refused,
  };
}

/** Calls `next` with the home data now and after every change; returns a function to stop. */
export function watchHomeData(next: (data: HomeData) => void): () => void {
  let live = true;
  let reading = false;
  let again = false;
  const read = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    readHomeData()
      .then((data) => {
        if (live) next(data);
      })
      .catch((error: unknown) => console.error('Could not read the home page', error))
      .finally(() => {
        reading = false;
        if (again && live) {
          again = false;
          read();
        }
      });
  };
  read();
  const stop = onDataChanged(read);
  return () => {
    live = false;
    stop();
  };
}
