/** Dates and times in the reader's language for the console ("3 December 2026, 10:30"). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, isLanguage } from '../i18n/languages';
import { hlcWallTime } from '../domain/hlc';

export interface CoachDates {
  /** "3 December 2026" */
  date(iso: string): string;
  /** "Tuesday 3 December 2026 at 10:30" */
  dateTime(iso: string): string;
  /** "10:30" */
  time(iso: string): string;
}

export function coachDates(tag: string): CoachDates {
  const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(tag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  return {
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    time: (iso) => time.format(new Date(iso)),
  };
}

export function useCoachDates(): CoachDates {
  const { i18n } = useTranslation();
  const tag = isLanguage(i18n.language) ? LANGUAGE_TAGS[i18n.language] : i18n.language;
  return useMemo(() => coachDates(tag), [tag]);
}

/** When a record last changed, as an ISO instant, from its hybrid logical clock. */
export function changedAt(record: { updated: string }): string {
  return new Date(hlcWallTime(record.updated)).toISOString();
}
