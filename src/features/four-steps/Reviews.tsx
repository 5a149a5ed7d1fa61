/** A goal's "How it went" reviews, newest first, each dated; used on the goal and print pages. */
import { useTranslation } from 'react-i18next';
import type { FourSteps } from '../../domain/records';
import { monthNames, versionDate } from '../workbook/dates';

export function Reviews({ goal, headingLevel = 2 }: { goal: FourSteps; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const reviews = [...(goal.reviews ?? [])].sort((a, b) => (a.at < b.at ? 1 : -1));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="goal-reviews">
      <Heading>{t('fourSteps.goalPage.reviewsHeading')}</Heading>
      {reviews.length === 0 ? (
        <p>{t('fourSteps.goalPage.noReviews')}</p>
      ) : (
        <ul className="goal-reviews__list">
          {reviews.map((review) => (
            <li key={review.at}>
              <p className="goal-reviews__outcome">
                {t('fourSteps.reviewedOn', {
                  date: versionDate(review.at, monthNames(t)),
                  outcome: t(`fourSteps.review.${review.outcome}`),
                })}
              </p>
              {review.learned?.trim() ? (
                <p className="goal-reviews__learned">{review.learned}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
