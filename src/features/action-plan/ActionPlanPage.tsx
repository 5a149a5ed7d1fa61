/**
 * The action plan: what it is for, what "voluntary" and "agreed requirement" mean, "Add an
 * action", and the actions grouped by status (to do first, by date; then done; then no longer
 * needed). Each action can be marked done or no longer needed in one tap, changed, or added to
 * the phone's calendar when it has a date.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Link, SummaryList, Tag, type SummaryRow } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { repository } from '../../data/repository';
import { useRecords } from '../../data/liveRecords';
import { groupActions, isDueSoon, isPastDue } from '../../domain/actions';
import { BARRIER_AREAS } from '../../domain/barriers';
import { localIsoDate } from '../../domain/dates';
import { findTask } from '../../domain/tasks';
import type { Action } from '../../domain/records';
import { CalendarLink } from './CalendarLink';
import { formatIsoDate } from './formatDate';
import { PrintButton } from '../workbook/PrintButton';
import { RequirementLabel } from './RequirementLabel';
import { actionPath } from './routes';
import { hasCalendarDate } from './calendar';
import './actionPlan.css';
import { TaskIntro } from '../tasks/TaskIntro';
import { SyncNote } from '../sharing/SyncNote';

type QuickStatus = 'done' | 'dropped' | 'toDo';
const MOVED_KEY = {
  done: 'actionPlan.item.movedDone',
  dropped: 'actionPlan.item.movedDropped',
  toDo: 'actionPlan.item.movedOpen',
} as const;

export default function ActionPlanPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const actions = useRecords('action');
  const task = findTask('actionPlan');
  const title = t('tasks.actionPlan.title');
  usePageTitle(title);
  const [moved, setMoved] = useState<{ message: string; count: number }>();
  const movedRef = useRef<HTMLParagraphElement>(null);
  // The action moves to another group; keep focus somewhere sensible and say where it went.
  useEffect(() => {
    if (moved) movedRef.current?.focus();
  }, [moved]);

  const setStatus = async (action: Action, status: QuickStatus) => {
    await repository.saveFields('action', action.id, { status });
    setMoved((previous) => ({
      message: t(MOVED_KEY[status], { text: actionText(action, t) }),
      count: (previous?.count ?? 0) + 1,
    }));
  };

  const groups = actions ? groupActions(actions) : undefined;
  return (
    <div className="page">
      <TaskIntro task={task} title={title} />
      <h2>{t('actionPlan.requirement.heading')}</h2>
      <p>{t('actionPlan.requirement.yours')}</p>
      <div data-print="hide">
        <ButtonGroup>
          <Button onPress={() => navigate(actionPath(crypto.randomUUID()))}>
            {t('actionPlan.addAction')}
          </Button>
        </ButtonGroup>
        {actions && actions.length > 0 ? <PrintButton /> : null}
      </div>
      <p ref={movedRef} role="status" tabIndex={-1} className="moved-message">
        {moved?.message}
      </p>
      {groups === undefined ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : groups.open.length + groups.done.length + groups.dropped.length === 0 ? (
        <p>{t('actionPlan.empty')}</p>
      ) : (
        (['open', 'done', 'dropped'] as const).map((group) =>
          groups[group].length === 0 && group !== 'open' ? null : (
            <section key={group} aria-labelledby={`actions-${group}`}>
              <h2 id={`actions-${group}`}>
                {t(`actionPlan.groups.${group}`)} ({groups[group].length})
              </h2>
              {groups[group].length === 0 ? (
                <p>{t('actionPlan.groups.none')}</p>
              ) : (
                <ul className="action-list">
                  {groups[group].map((action) => (
                    <ActionCard
                      key={action.id}
                      action={action}
                      onStatus={(status) => void setStatus(action, status)}
                    />
                  ))}
                </ul>
              )}
            </section>
          ),
        )
      )}
    </div>
  );
}

function actionText(action: Action, t: (key: 'actionPlan.item.noText') => string): string {
  return action.text?.trim() || t('actionPlan.item.noText');
}

function ActionCard({
  action,
  onStatus,
}: {
  action: Action;
  onStatus: (status: QuickStatus) => void;
}) {
  const { t } = useTranslation();
  const text = actionText(action, t);
  const today = localIsoDate();
  const agreed = action.requirement === 'agreedRequirement';
  const open = action.status !== 'done' && action.status !== 'dropped';
  const hidden = <span className="visually-hidden">: {text}</span>;
  const rows: SummaryRow[] = [
    {
      key: 'status',
      label: t('actionPlan.item.status'),
      value: t(`actionPlan.statuses.${action.status}`),
    },
  ];
  if (action.owner) {
    rows.push({
      key: 'who',
      label: t('actionPlan.item.who'),
      value:
        action.owner === 'someoneElse' && action.ownerName?.trim()
          ? action.ownerName
          : t(`actionPlan.owners.${action.owner}`),
    });
  }
  if (action.due) {
    rows.push({
      key: 'due',
      label: t('actionPlan.item.by'),
      value: (
        <>
          {formatIsoDate(action.due, t)}
          {isDueSoon(action, today) ? (
            <>
              {' '}
              <Tag tone="warning">{t('actionPlan.item.dueSoon')}</Tag>
            </>
          ) : null}
          {isPastDue(action, today) ? (
            <span className="action-card__past">{t('actionPlan.item.pastDue')}</span>
          ) : null}
        </>
      ),
    });
  }
  if (action.review) {
    rows.push({
      key: 'review',
      label: t('actionPlan.item.review'),
      value: formatIsoDate(action.review, t),
    });
  }
  if (action.type) {
    rows.push({
      key: 'type',
      label: t('actionPlan.item.type'),
      value: t(`actionPlan.types.${action.type}`),
    });
  }
  if (action.referralProvider?.trim()) {
    rows.push({
      key: 'referral',
      label: t('actionPlan.item.referral'),
      value: action.referralProvider,
    });
  }
  if (action.barrierAreas?.length) {
    rows.push({
      key: 'areas',
      label: t('actionPlan.item.areas'),
      value: BARRIER_AREAS.filter((a) => action.barrierAreas?.includes(a))
        .map((a) => t(`actionPlan.areas.${a}`))
        .join(', '),
    });
  }
  if (action.statusReason?.trim()) {
    rows.push({ key: 'note', label: t('actionPlan.item.note'), value: action.statusReason });
  }
  return (
    <li className="action-card" data-action-id={action.id}>
      <h3 className="action-card__title">{text}</h3>
      <RequirementLabel requirement={action.requirement} />
      <SummaryList rows={rows} />
      <div data-print="hide">
        <SyncNote kind="action" id={action.id} shared={action.sharing !== 'private'} />
        {hasCalendarDate(action) ? <CalendarLink action={action} /> : null}
        <ButtonGroup>
          {open ? (
            <>
              <Button variant="secondary" onPress={() => onStatus('done')}>
                {t('actionPlan.item.markDone')}
                {hidden}
              </Button>
              {agreed ? null : (
                <Button variant="secondary" onPress={() => onStatus('dropped')}>
                  {t('actionPlan.item.markDropped')}
                  {hidden}
                </Button>
              )}
            </>
          ) : (
            <Button variant="secondary" onPress={() => onStatus('toDo')}>
              {t('actionPlan.item.reopen')}
              {hidden}
            </Button>
          )}
          <Link href={actionPath(action.id)} variant="button" buttonVariant="secondary">
            {t('actionPlan.item.change')}
            <span className="visually-hidden"> {t('actionPlan.item.changeHidden', { text })}</span>
          </Link>
        </ButtonGroup>
      </div>
    </li>
  );
}
