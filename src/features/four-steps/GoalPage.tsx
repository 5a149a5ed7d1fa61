/**
 * One goal: its four steps (with Change links while it is still being written), how it went
 * (dated reviews, newest first, and "How did it go?" to add one at any time), "Add this plan
 * to my action plan" in one step, the sharing choice and printing. Right after "Mark as done"
 * it says well done first.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Link, PageHeading, SummaryList } from '../../ui';
import { repository } from '../../data/repository';
import { useRecords } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type { FourSteps } from '../../domain/records';
import { SharingChoice } from '../sharing/SharingChoice';
import { summaryRows } from '../workbook/summary';
import { monthNames, versionDate } from '../workbook/dates';
import { PrintButton } from '../workbook/PrintButton';
import { fourStepsFlow } from './flow';
import { fourStepsPath } from './paths';
import { planActionText } from './goals';
import { Reviews } from './Reviews';

export function GoalPage({ goal, justDone }: { goal: FourSteps; justDone: boolean }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const actions = useRecords('action');
  const [adding, setAdding] = useState(false);
  const [justAdded, setJustAdded] = useState(false);
  const addedRef = useRef<HTMLParagraphElement>(null);
  const finished = goal.status === 'done';
  const title = justDone ? t('fourSteps.doneTitle') : t('fourSteps.goalPage.title');
  usePageTitle(`${title} – ${t('tasks.fourSteps.title')}`);
  const actionText = planActionText(goal, t);
  const inPlan = actionText !== '' && (actions ?? []).some((a) => a.text === actionText);

  useEffect(() => {
    if (justAdded && inPlan) addedRef.current?.focus();
  }, [justAdded, inPlan]);

  const addToPlan = async () => {
    if (adding) return;
    setAdding(true);
    try {
      await repository.createRecord('action', {
        text: actionText,
        proposedBy: 'claimant',
        requirement: 'voluntary',
        status: 'toDo',
        barrierAreas: goal.barrierAreas ?? [],
      });
      setJustAdded(true);
    } finally {
      setAdding(false);
    }
  };

  return (
    <div className="page">
      <p data-print="hide">
        <Link href={justDone ? '/' : fourStepsPath.start()} variant="back">
          {justDone ? t('common.backToTasks') : t('tasks.fourSteps.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={t('tasks.fourSteps.title')}>
        {title}
      </PageHeading>
      {finished ? (
        <p className={justDone ? 'lead' : undefined}>
          {justDone
            ? t('fourSteps.doneBody', {
                date: versionDate(goal.completedAt ?? goal.created, monthNames(t)),
              })
            : t('fourSteps.doneOn', {
                date: versionDate(goal.completedAt ?? goal.created, monthNames(t)),
              })}
        </p>
      ) : null}
      <SummaryList rows={summaryRows(fourStepsFlow, goal, t, { withChange: !finished })} />
      <Reviews goal={goal} />
      <p data-print="hide">
        <Link href={fourStepsPath.review(goal.id)} variant="button" buttonVariant="secondary">
          {t('fourSteps.goalPage.addReview')}
        </Link>
      </p>
      <div data-print="hide">
        {actionText !== '' && actions !== undefined ? (
          inPlan ? (
            <>
              <p ref={addedRef} tabIndex={-1} className="goal-added" role="status">
                {t('fourSteps.goalPage.added')}
              </p>
              <p>
                <Link href="/action-plan">{t('fourSteps.goalPage.seeActionPlan')}</Link>
              </p>
            </>
          ) : (
            <>
              <p>{t('fourSteps.goalPage.addToPlanHint')}</p>
              <p>
                <Button variant="secondary" onPress={() => void addToPlan()}>
                  {t('fourSteps.goalPage.addToPlan')}
                </Button>
              </p>
            </>
          )
        ) : null}
        <SharingChoice kind="fourSteps" id={goal.id} value={goal.sharing} />
        <PrintButton />
        <p>
          <Link href={justDone ? '/' : fourStepsPath.start()}>
            {justDone ? t('common.backToTasks') : t('tasks.fourSteps.title')}
          </Link>
        </p>
      </div>
    </div>
  );
}
