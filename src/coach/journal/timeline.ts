/**
 * The journal's timeline: every shared record as one dated event, newest first. Workbook
 * techniques show each finished version on the day it was finished and a shared draft on the
 * day it last changed; check-ins on the day they were taken (unfinished ones are left out);
 * actions, appointments and messages on the day they were made; a shared "Before your
 * appointment" pack like a technique (when marked ready, or when it last changed while being
 * written); feedback when it was sent
 * (anonymous feedback never reaches a journal).
 */
import type { RecordByKind, RecordKind } from '../../domain/records';
import { changedAt } from '../format';
import type { RecordsByKind } from './records';

export type TimelineEvent = {
  [K in RecordKind]: { key: string; at: string; kind: K; record: RecordByKind[K]; draft: boolean };
}[RecordKind];

export function timeline(records: RecordsByKind): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const kind of ['aboutMe', 'values', 'fourSteps'] as const) {
    for (const record of records[kind]) {
      const done = record.status === 'done' && record.completedAt;
      const at = done ? (record.completedAt as string) : changedAt(record);
      events.push({ key: `${kind}:${record.id}`, at, kind, record, draft: !done } as TimelineEvent);
    }
  }
  for (const record of records.checkIn) {
    if (record.status !== 'done' || !record.takenAt) continue;
    events.push({
      key: `checkIn:${record.id}`,
      at: record.takenAt,
      kind: 'checkIn',
      record,
      draft: false,
    });
  }
  for (const record of records.action) {
    events.push({
      key: `action:${record.id}`,
      at: record.created,
      kind: 'action',
      record,
      draft: false,
    });
  }
  for (const record of records.appointment) {
    events.push({
      key: `appointment:${record.id}`,
      at: record.created,
      kind: 'appointment',
      record,
      draft: false,
    });
  }
  for (const record of records.appointmentPack) {
    const done = record.status === 'done' && record.completedAt;
    events.push({
      key: `appointmentPack:${record.id}`,
      at: done ? (record.completedAt as string) : changedAt(record),
      kind: 'appointmentPack',
      record,
      draft: !done,
    });
  }
  for (const record of records.journalEntry) {
    events.push({
      key: `journalEntry:${record.id}`,
      at: record.created,
      kind: 'journalEntry',
      record,
      draft: false,
    });
  }
  for (const record of records.feedback) {
    if (record.anonymous) continue;
    events.push({
      key: `feedback:${record.id}`,
      at: record.sentAt ?? record.created,
      kind: 'feedback',
      record,
      draft: false,
    });
  }
  return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.key < b.key ? -1 : 1));
}
