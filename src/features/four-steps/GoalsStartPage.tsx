/**
 * My 4 Steps' start page: what it is, then the person's goals — the ones they are working on
 * (Carry on: resumes at the first unanswered step) and the finished ones, which stay here with
 * how they went — "Start a new goal", and the printable page of every goal.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Link, Tag } from '../../ui';
import { findTask } from '../../domain/tasks';
import { repository } from '../../data/repository';
import { useRecords } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type { FourSteps } from '../../domain/records';
import { resumePath } from '../workbook/StartPage';
import { monthNames, versionDate } from '../workbook/dates';
import { fourStepsFlow } from './flow';
import { fourStepsPath } from './paths';
import { isEmptyGoal, splitGoals } from './goals';
import { TaskIntro } from '../tasks/TaskIntro';

export function GoalsStartPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const goals = useRecords('fourSteps');
  const [starting, setStarting] = useState(false);
  const task = findTask('fourSteps');
  const title = t('tasks.fourSteps.title');
  usePageTitle(title);
  const { working, finished } = splitGoals(goals ?? []);

  const start = async () => {
    if (starting) return;
    setStarting(true);
    try {
      // An untouched new goal is reused, so tapping twice does not leave empty goals behind.
      const empty = working.find(isEmptyGoal);
      const id = empty?.id ?? (await repository.createRecord('fourSteps', { status: 'draft' }));
      const goal = empty ?? (await repository.getRecord('fourSteps', id));
      if (goal) navigate(resumePath(fourStepsFlow, goal));
    } finally {
      setStarting(false);
    }
  };

  const goalName = (goal: FourSteps) => goal.goal?.trim() || t('fourSteps.noGoalText');
  const date = (iso: string) => versionDate(iso, monthNames(t));

  return (
    <div className="page">
      <TaskIntro task={task} title={title} />
      <p>{t('workbook.start.private')}</p>
      <p>
        {/* No isPending: react-aria's pending announcement leaves an unlabelled role="img". */}
        <Button onPress={() => void start()}>{t('fourSteps.newGoal')}</Button>
      </p>
      {goals === undefined ? (
        <p aria-busy="true">{t('workbook.loading')}</p>
      ) : goals.length === 0 ? (
        <p>{t('fourSteps.noGoals')}</p>
      ) : (
        <>
          {working.length > 0 && (
            <section aria-labelledby="goals-working">
              <h2 id="goals-working">{t('fourSteps.workingOn')}</h2>
              <ul className="goal-list">
                {working.map((goal) => (
                  <li key={goal.id} className="goal-list__item">
                    <p className="goal-list__name">{goalName(goal)}</p>
                    <Tag tone="inProgress">{t('fourSteps.inProgress')}</Tag>
                    <p className="goal-list__date">
                      {t('fourSteps.startedOn', { date: date(goal.created) })}
                    </p>
                    <Link href={resumePath(fourStepsFlow, goal)}>
                      {t('fourSteps.carryOn')}
                      <span className="visually-hidden">: {goalName(goal)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {finished.length > 0 && (
            <section aria-labelledby="goals-finished">
              <h2 id="goals-finished">{t('fourSteps.finished')}</h2>
              <ul className="goal-list">
                {finished.map((goal) => (
                  <li key={goal.id} className="goal-list__item">
                    <p className="goal-list__name">{goalName(goal)}</p>
                    <Tag tone="done">{t('fourSteps.done')}</Tag>
                    <p className="goal-list__date">
                      {t('fourSteps.doneOn', { date: date(goal.completedAt ?? goal.created) })}
                    </p>
                    <Link href={fourStepsPath.goal(goal.id)}>
                      {t('fourSteps.see')}
                      <span className="visually-hidden">: {goalName(goal)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p data-print="hide">
            <Link href={fourStepsPath.print()}>{t('fourSteps.print')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
