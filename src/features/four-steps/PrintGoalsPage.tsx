/**
 * Every goal on one clean page to print or save as a PDF: each goal's four steps and how it
 * went. The print stylesheet hides the app's header, footer and buttons.
 */
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, SummaryList } from '../../ui';
import { useRecords } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { PrintButton } from '../workbook/PrintButton';
import { monthNames, versionDate } from '../workbook/dates';
import { summaryRows } from '../workbook/summary';
import { fourStepsFlow } from './flow';
import { fourStepsPath } from './paths';
import { isEmptyGoal, splitGoals } from './goals';
import { Reviews } from './Reviews';

export function PrintGoalsPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const goals = useRecords('fourSteps');
  const title = t('fourSteps.printPage.title');
  usePageTitle(title);
  const { working, finished } = splitGoals((goals ?? []).filter((g) => !isEmptyGoal(g)));
  const all = [...working, ...finished];
  return (
    <div className="page">
      <p data-print="hide">
        <Link href={fourStepsPath.start()} variant="back">
          {t('tasks.fourSteps.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{title}</PageHeading>
      <p data-print="hide">{t('fourSteps.printPage.intro')}</p>
      <PrintButton />
      {goals === undefined ? (
        <p aria-busy="true">{t('workbook.loading')}</p>
      ) : all.length === 0 ? (
        <p>{t('fourSteps.printPage.none')}</p>
      ) : (
        all.map((goal) => (
          <section key={goal.id} className="print-goal" aria-labelledby={`goal-${goal.id}`}>
            <h2 id={`goal-${goal.id}`}>{goal.goal?.trim() || t('fourSteps.noGoalText')}</h2>
            <p>
              {goal.status === 'done'
                ? t('fourSteps.doneOn', {
                    date: versionDate(goal.completedAt ?? goal.created, monthNames(t)),
                  })
                : t('fourSteps.startedOn', { date: versionDate(goal.created, monthNames(t)) })}
            </p>
            <SummaryList rows={summaryRows(fourStepsFlow, goal, t, { withChange: false })} />
            <Reviews goal={goal} headingLevel={3} />
          </section>
        ))
      )}
    </div>
  );
}
