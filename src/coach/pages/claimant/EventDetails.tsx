/**
 * What one journal event holds, in the claimant's own words where they wrote them: workbook
 * answers as the claimant's Check your answers list, a check-in's answer per area, an action
 * with its voluntary or requirement label, an appointment, what the claimant wrote to get
 * ready for one, a message, or feedback.
 */
import { useTranslation } from 'react-i18next';
import { SummaryList, Tag, type SummaryRow } from '../../../ui';
import { aboutMeFlow } from '../../../features/about-me/flow';
import { myValuesFlow } from '../../../features/my-values/flow';
import { fourStepsFlow } from '../../../features/four-steps/flow';
import { summaryRows } from '../../../features/workbook/summary';
import { answerWords } from '../../../features/check-in/answerWords';
import { RequirementLabel } from '../../../features/action-plan/RequirementLabel';
import { BARRIER_AREAS } from '../../../domain/barriers';
import type { TimelineEvent } from '../../journal/timeline';
import { AppointmentFacts } from './AppointmentFacts';
import { packRows } from '../../../features/appointments/packRows';
import { ActionFacts } from './ActionFacts';

export function EventDetails({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  switch (event.kind) {
    case 'aboutMe':
      return (
        <SummaryList rows={summaryRows(aboutMeFlow, event.record, t, { withChange: false })} />
      );
    case 'values':
      return (
        <SummaryList rows={summaryRows(myValuesFlow, event.record, t, { withChange: false })} />
      );
    case 'fourSteps':
      return (
        <SummaryList rows={summaryRows(fourStepsFlow, event.record, t, { withChange: false })} />
      );
    case 'checkIn': {
      const r = event.record;
      const rows: SummaryRow[] = BARRIER_AREAS.map((area) => {
        const answer = r.scores?.[area];
        return {
          key: area,
          label: t(`checkIn.areas.${area}.title`),
          value: (
            <>
              {answerWords(t, answer)}
              {answer?.note ? (
                <span className="coach-note">
                  {t('coach.journal.note')} {answer.note}
                </span>
              ) : null}
            </>
          ),
        };
      });
      if (r.wantToWork)
        rows.push({
          key: 'wantToWork',
          label: t('coach.journal.wantToWork'),
          value: <>{t(`checkIn.aboutWork.wantToWork.${r.wantToWork}`)}</>,
        });
      if (r.feelAboutWork)
        rows.push({
          key: 'feelAboutWork',
          label: t('coach.journal.feelAboutWork'),
          value: <>{t(`checkIn.aboutWork.feelAboutWork.${r.feelAboutWork}`)}</>,
        });
      if (r.feelingToday?.trim())
        rows.push({
          key: 'feelingToday',
          label: t('coach.journal.feelingToday'),
          value: <>{r.feelingToday}</>,
        });
      return <SummaryList rows={rows} />;
    }
    case 'action':
      return <ActionFacts action={event.record} />;
    case 'appointment':
      return <AppointmentFacts appointment={event.record} />;
    case 'appointmentPack':
      return <SummaryList rows={packRows(event.record, t)} />;
    case 'journalEntry':
      return <p className="coach-message__text">{event.record.text}</p>;
    case 'feedback': {
      const r = event.record;
      return (
        <SummaryList
          rows={[
            {
              key: 'about',
              label: t('coach.feedback.about'),
              value: t(`coach.feedback.aboutOptions.${r.about ?? 'app'}`),
            },
            {
              key: 'helpful',
              label: t('coach.feedback.helpful'),
              value: r.helpful
                ? t(
                    `coach.feedback.helpfulOptions.${String(r.helpful) as '1' | '2' | '3' | '4' | '5'}`,
                  )
                : t('coach.notAnswered'),
            },
            {
              key: 'listenedTo',
              label: t('coach.feedback.listenedTo'),
              value: r.listenedTo ? t(`coach.yesPartlyNo.${r.listenedTo}`) : t('coach.notAnswered'),
            },
            {
              key: 'rightForMe',
              label: t('coach.feedback.rightForMe'),
              value: r.rightForMe ? t(`coach.yesPartlyNo.${r.rightForMe}`) : t('coach.notAnswered'),
            },
            {
              key: 'comment',
              label: t('coach.feedback.comment'),
              value: r.comment?.trim() || t('coach.notAnswered'),
            },
          ]}
        />
      );
    }
  }
}

export function RequirementTag({ requirement }: { requirement: string | undefined }) {
  const { t } = useTranslation();
  return requirement === 'agreedRequirement' ? (
    <Tag tone="warning">{t('actionPlan.requirement.agreedRequirement')}</Tag>
  ) : (
    <Tag>{t('actionPlan.requirement.voluntary')}</Tag>
  );
}

export { RequirementLabel };
