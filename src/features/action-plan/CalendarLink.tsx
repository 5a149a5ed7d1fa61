/**
 * "Add to my calendar": a real link to a Blob holding the action's .ics file, with the download
 * attribute, so it works by keyboard, offline and with no server. The file is stamped with the
 * action's last change (DTSTAMP), so it only changes when the action does; a Blob URL being
 * replaced is released a minute later, so a tap at that moment still downloads.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hlcWallTime, isHlc } from '../../domain/hlc';
import type { Action } from '../../domain/records';
import { actionIcs } from './calendar';

const RELEASE_AFTER_MS = 60_000;

function stampOf(action: Action): Date {
  const created = Date.parse(action.created);
  return new Date(isHlc(action.updated) ? hlcWallTime(action.updated) : created);
}

export function CalendarLink({ action }: { action: Action }) {
  const { t } = useTranslation();
  const ics = useMemo(() => actionIcs(action, t, stampOf(action)), [action, t]);
  const url = useMemo(
    () => URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })),
    [ics],
  );
  useEffect(
    () => () => {
      setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
    },
    [url],
  );
  const text = action.text?.trim() || t('actionPlan.item.noText');
  return (
    <p className="action-card__calendar">
      <a className="link" href={url} download={t('actionPlan.calendar.fileName')}>
        {t('actionPlan.item.addToCalendar')}
        <span className="visually-hidden">: {text}</span>
      </a>
      <span className="action-card__calendar-hint">{t('actionPlan.item.calendarHint')}</span>
    </p>
  );
}
