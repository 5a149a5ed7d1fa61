/**
 * The claimant's action plan as shared: open actions first, then done and no longer needed;
 * each with its voluntary or requirement label and a link to change it. "Add an action" opens
 * the coach's action form.
 */
import { useTranslation } from 'react-i18next';
import { Link, Tag } from '../../../ui';
import { groupActions } from '../../../domain/actions';
import { formatIsoDate } from '../../../features/action-plan/formatDate';
import type { Action } from '../../../domain/records';
import { useJournal } from '../../journal/JournalContext';
import { actionPath } from '../../routes';
import { RequirementTag } from './EventDetails';

function ActionItem({ action, claimantId }: { action: Action; claimantId: string }) {
  const { t } = useTranslation();
  const text = action.text?.trim() || t('coach.actions.untitled');
  return (
    <li className="coach-card">
      <h4 className="coach-card__title">{text}</h4>
      <p className="coach-card__tags">
        <RequirementTag requirement={action.requirement} />{' '}
        <Tag
          tone={
            action.status === 'done'
              ? 'done'
              : action.status === 'inProgress'
                ? 'inProgress'
                : 'neutral'
          }
        >
          {t(`actionPlan.statuses.${action.status}`)}
        </Tag>
      </p>
      <p>
        {action.due
          ? t('coach.actions.dueOn', { date: formatIsoDate(action.due, t) })
          : t('coach.actions.noDue')}{' '}
        {t(`coach.actions.proposedByOptions.${action.proposedBy ?? 'claimant'}`)}
      </p>
      {action.statusReason?.trim() ? <p className="coach-note">{action.statusReason}</p> : null}
      <p>
        <Link href={actionPath(claimantId, action.id)}>
          {t('coach.actions.change')}
          <span className="visually-hidden">: {text}</span>
        </Link>
      </p>
    </li>
  );
}

export function ActionsSection() {
  const { t } = useTranslation();
  const { records, claimantId } = useJournal();
  const groups = groupActions(records.action);
  const sections = [
    { key: 'open', items: groups.open },
    { key: 'done', items: groups.done },
    { key: 'dropped', items: groups.dropped },
  ] as const;
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('coach.tabs.actions')}</h2>
      <p>{t('coach.actions.intro')}</p>
      <p>
        <Link href={actionPath(claimantId, null)} variant="button">
          {t('coach.actions.add')}
        </Link>
      </p>
      {records.action.length === 0 ? (
        <p className="lead">{t('coach.actions.empty')}</p>
      ) : (
        sections.map(({ key, items }) =>
          items.length > 0 ? (
            <div key={key}>
              <h3>{t(`coach.actions.groups.${key}`, { count: items.length })}</h3>
              <ul className="coach-cards">
                {items.map((action) => (
                  <ActionItem key={action.id} action={action} claimantId={claimantId} />
                ))}
              </ul>
            </div>
          ) : null,
        )
      )}
    </section>
  );
}
