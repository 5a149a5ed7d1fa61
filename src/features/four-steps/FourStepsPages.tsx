/**
 * Every My 4 Steps page, loaded as one chunk. The questions and Check your answers are the
 * workbook engine's; the list of goals, a goal (with its reviews and "Add this plan to my
 * action plan"), the review and the print page are this feature's, because a person can have
 * several goals and a finished goal still gets reviews.
 */
import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../ui';
import { useRecord } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { WorkbookQuestionPage } from '../workbook/QuestionPage';
import { WorkbookCheckPage } from '../workbook/CheckPage';
import { fourStepsFlow } from './flow';
import { fourStepsPath, type FourStepsRoute } from './paths';
import { GoalsStartPage } from './GoalsStartPage';
import { GoalPage } from './GoalPage';
import { ReviewPage } from './ReviewPage';
import { PrintGoalsPage } from './PrintGoalsPage';
import './fourSteps.css';

function MissingGoal() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('workbook.missing.title'));
  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('workbook.missing.title')}</PageHeading>
      <p>{t('workbook.missing.body')}</p>
      <p>
        <Link href={fourStepsPath.start()}>
          {t('workbook.missing.link', { task: t('tasks.fourSteps.title') })}
        </Link>
      </p>
    </div>
  );
}

function GoalPages({ route }: { route: Exclude<FourStepsRoute, { page: 'start' | 'print' }> }) {
  const record = useRecord('fourSteps', route.id);
  if (record === undefined) return <div className="page-loading" aria-busy="true" />;
  if (record === null) return <MissingGoal />;
  if (route.page === 'review') return <ReviewPage goal={record} />;
  const finished = record.status === 'done';
  if (route.page === 'done' || route.page === 'version' || finished) {
    return <GoalPage goal={record} justDone={route.page === 'done'} />;
  }
  if (route.page === 'question') {
    return (
      <WorkbookQuestionPage
        key={`${route.id}/${route.step}`}
        flow={fourStepsFlow}
        record={record}
        stepKey={route.step}
        change={route.change}
      />
    );
  }
  return <WorkbookCheckPage flow={fourStepsFlow} record={record} />;
}

export default function FourStepsPages({ route }: { route: FourStepsRoute }) {
  if (route.page === 'start') return <GoalsStartPage />;
  if (route.page === 'print') return <PrintGoalsPage />;
  return <GoalPages key={route.id} route={route} />;
}
