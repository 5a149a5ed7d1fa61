/**
 * "Add to my calendar": a real link to a Blob holding the action's .ics file, with the download
 * attribute, so it works by keyboard, offline and with no server. The file is stamped with the
 * action's last change (DTSTAMP), so it only changes when the action does; a Blob URL being
 * replaced is released a minute later, so a tap at that moment still downloads.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlobUrl } from '../../app/useBlobUrl';
import { hlcWallTime, isHlc } from '../../domain/hlc';
import type { Action } from '../../domain/records';
import { actionIcs } from './calendar';

function stampOf(action: Action): Date {
  const created = Date.parse(action.created);
  return new Date(isHlc(action.updated) ? hlcWallTime(action.updated) : created);
}

export function CalendarLink({ action }: { action: Action }) {
  const { t } = useTranslation();
  const ics = useMemo(() => actionIcs(action, t, stampOf(action)), [action, t]);
  const url = useBlobUrl(ics, 'text/calendar;charset=utf-8');
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
