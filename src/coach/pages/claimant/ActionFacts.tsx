/** One action as the coach sees it: requirement label, who, by when, status and reason. */
import { useTranslation } from 'react-i18next';
import { SummaryList, type SummaryRow } from '../../../ui';
import { RequirementLabel } from '../../../features/action-plan/RequirementLabel';
import { formatIsoDate } from '../../../features/action-plan/formatDate';
import type { Action } from '../../../domain/records';

export function ActionFacts({ action }: { action: Action }) {
  const { t } = useTranslation();
  const rows: SummaryRow[] = [
    {
      key: 'text',
      label: t('coach.actions.text'),
      value: action.text?.trim() || t('coach.notAnswered'),
    },
    {
      key: 'status',
      label: t('actionPlan.item.status'),
      value: t(`actionPlan.statuses.${action.status}`),
    },
  ];
  if (action.statusReason?.trim())
    rows.push({ key: 'reason', label: t('actionPlan.item.note'), value: action.statusReason });
  if (action.owner) {
    rows.push({
      key: 'who',
      label: t('actionPlan.item.who'),
      value:
        action.owner === 'someoneElse' && action.ownerName
          ? action.ownerName
          : t(`coach.actions.owners.${action.owner}`),
    });
  }
  if (action.due)
    rows.push({ key: 'due', label: t('actionPlan.item.by'), value: formatIsoDate(action.due, t) });
  if (action.review)
    rows.push({
      key: 'review',
      label: t('actionPlan.item.review'),
      value: formatIsoDate(action.review, t),
    });
  if (action.type)
    rows.push({
      key: 'type',
      label: t('actionPlan.item.type'),
      value: t(`actionPlan.types.${action.type}`),
    });
  if (action.referralProvider?.trim())
    rows.push({
      key: 'referral',
      label: t('actionPlan.item.referral'),
      value: action.referralProvider,
    });
  if (action.barrierAreas?.length) {
    rows.push({
      key: 'areas',
      label: t('actionPlan.item.areas'),
      value: action.barrierAreas.map((a) => t(`actionPlan.areas.${a}`)).join(', '),
    });
  }
  rows.push({
    key: 'by',
    label: t('coach.actions.proposedBy'),
    value: t(`coach.actions.proposedByOptions.${action.proposedBy ?? 'claimant'}`),
  });
  return (
    <>
      <RequirementLabel requirement={action.requirement} />
      <SummaryList rows={rows} />
    </>
  );
}
