/**
 * Plain words for a conflict: which item and which answer ("About Me: what I enjoy"), and each
 * value as a person would read it (a status in words, a date written out, value names, "If …,
 * then …"), never raw data. Strings come from locales (conflicts, and the features' own words
 * for their choices).
 */
import type { TFunction } from 'i18next';
import type { AnyRecord, RecordKind } from '../../domain/records';
import { BARRIER_AREAS } from '../../domain/barriers';
import { formatIsoDate } from '../action-plan/formatDate';
import { valueName, type ChosenValue } from '../my-values/valueList';
import { monthNames, versionDate } from '../workbook/dates';
import type { Translate } from '../workbook/flow';

/** `t` with keys built at run time (each is checked by a test against the English files). */
type Loose = (key: string, options?: Record<string, unknown>) => string;
const loose = (t: TFunction | Translate): Loose => t as unknown as Loose;

const FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  action: [
    'text',
    'barrierAreas',
    'type',
    'owner',
    'ownerName',
    'referralProvider',
    'due',
    'review',
    'status',
    'statusReason',
  ],
  aboutMe: [
    'enjoy',
    'goodAt',
    'proudOf',
    'healthEffects',
    'previousWork',
    'supportNeeded',
    'coachShouldKnow',
  ],
  values: ['chosen'],
  fourSteps: ['goal', 'bestOutcome', 'obstacle', 'ifThen', 'barrierAreas', 'reviews'],
  checkIn: ['scores', 'wantToWork', 'feelAboutWork', 'feelingToday'],
  appointment: ['adjustments'],
  journalEntry: ['text'],
};
const COMMON_FIELDS = ['status', 'sharing', 'deleted', 'completedAt'];

/** The answer's name, e.g. "what I enjoy". */
export function fieldName(t: Translate, kind: RecordKind, field: string): string {
  const tt = loose(t);
  if (FIELDS[kind]?.includes(field)) return tt(`conflicts.fields.${kind}.${field}`);
  if (COMMON_FIELDS.includes(field)) return tt(`conflicts.fields.common.${field}`);
  return tt('conflicts.fields.common.other');
}

/** The item's name, e.g. "About Me" or "Action “Ring the GP”". */
export function recordName(t: Translate, kind: RecordKind, record: AnyRecord | undefined): string {
  const tt = loose(t);
  if (!record) return tt('conflicts.records.gone');
  if (kind === 'action' || kind === 'fourSteps') {
    const r = record as { text?: string; goal?: string };
    const text = (kind === 'action' ? r.text : r.goal)?.trim();
    return text ? tt(`conflicts.records.${kind}`, { text }) : tt(`conflicts.records.${kind}NoText`);
  }
  return tt(`conflicts.records.${kind}`);
}

/** "About Me: what I enjoy". */
export function itemName(
  t: Translate,
  kind: RecordKind,
  field: string,
  record: AnyRecord | undefined,
): string {
  return t('conflicts.item', {
    record: recordName(t, kind, record),
    field: fieldName(t, kind, field),
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function areaName(t: Translate, area: string): string {
  return (BARRIER_AREAS as readonly string[]).includes(area)
    ? loose(t)(`actionPlan.areas.${area}`)
    : area;
}

/** One value in words. */
export function describeValue(
  t: Translate,
  kind: RecordKind,
  field: string,
  value: unknown,
): string {
  const tt = loose(t);
  if (field === 'deleted')
    return tt(value ? 'conflicts.values.deleted' : 'conflicts.values.notDeleted');
  if (isEmpty(value)) return tt('conflicts.values.empty');
  if (field === 'sharing' && (value === 'private' || value === 'shared')) {
    return tt(`conflicts.values.${value}`);
  }
  if (field === 'status' && (value === 'draft' || value === 'done') && kind !== 'action') {
    return tt(`conflicts.values.${value}`);
  }
  if (kind === 'action' && typeof value === 'string') {
    if (field === 'status') return tt(`actionPlan.statuses.${value}`);
    if (field === 'type') return tt(`actionPlan.types.${value}`);
    if (field === 'owner') return tt(`actionPlan.owners.${value}`);
  }
  if (kind === 'checkIn' && (field === 'wantToWork' || field === 'feelAboutWork')) {
    return tt(`checkIn.aboutWork.${field}.${String(value)}`);
  }
  if (field === 'barrierAreas' && Array.isArray(value)) {
    return value.map((area) => areaName(t, String(area))).join(', ');
  }
  if (kind === 'values' && field === 'chosen' && Array.isArray(value)) {
    return (value as ChosenValue[]).map((chosen) => valueName(t, chosen)).join(', ');
  }
  if (kind === 'fourSteps' && field === 'ifThen' && typeof value === 'object') {
    const plan = value as { if?: string; then?: string };
    return tt('conflicts.values.ifThen', {
      if: plan.if?.trim() || '…',
      then: plan.then?.trim() || '…',
    });
  }
  if (kind === 'fourSteps' && field === 'reviews' && Array.isArray(value)) {
    return tt('conflicts.values.reviews', { count: value.length });
  }
  if (kind === 'checkIn' && field === 'scores' && typeof value === 'object') {
    return BARRIER_AREAS.flatMap((area) => {
      const score = (value as Record<string, { kind: string; value?: number } | undefined>)[area];
      if (!score) return [];
      const name = areaName(t, area);
      if (score.kind === 'score')
        return [tt('conflicts.values.score', { area: name, score: score.value })];
      return [
        tt(`conflicts.values.${score.kind === 'changesTooMuch' ? 'changesTooMuch' : 'skipped'}`, {
          area: name,
        }),
      ];
    }).join('; ');
  }
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatIsoDate(value, t);
    if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
      return versionDate(value, monthNames(t));
    }
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return tt(value ? 'conflicts.values.yes' : 'conflicts.values.no');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join(', ');
  }
  return tt('conflicts.values.other');
}
