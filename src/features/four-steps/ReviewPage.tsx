/**
 * "How did it go?" for one goal, at any time, as often as the person likes: went well / partly
 * / not yet, then (once chosen) what they learned. Choosing an answer saves a dated review at
 * once; what they learned autosaves into that same review as they type.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorSummary, Link, PageHeading, Radio, RadioGroup, TextArea } from '../../ui';
import { useAutosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type { FourSteps } from '../../domain/records';
import { fourStepsPath } from './paths';

const OUTCOMES = ['wentWell', 'partly', 'notYet'] as const;
type Outcome = (typeof OUTCOMES)[number];
type Review = NonNullable<FourSteps['reviews']>[number];

export function ReviewPage({ goal }: { goal: FourSteps }) {
  const { t } = useTranslation();
  const { navigate, navigations } = useNavigation();
  const saver = useAutosaver('fourSteps', goal.id);
  const notSaved = useNotSaved(saver, 'review-outcome');
  // The reviews as they were when the page opened; this page adds one more to them.
  const [earlier] = useState<Review[]>(goal.reviews ?? []);
  const at = useRef<string>(undefined);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [learned, setLearned] = useState('');
  const title = t('fourSteps.review.title');
  usePageTitle(`${title} – ${t('tasks.fourSteps.title')}`);

  const save = (next: { outcome: Outcome; learned: string }) => {
    at.current ??= new Date().toISOString();
    const review: Review = { at: at.current, outcome: next.outcome };
    if (next.learned) review.learned = next.learned;
    saver.update({ reviews: [...earlier, review] });
  };

  const back = async () => {
    await saver.flush();
    if (!notSaved.checkSaved()) return;
    navigate(fourStepsPath.goal(goal.id));
  };

  return (
    <div className="page">
      <p data-print="hide">
        <Link href={fourStepsPath.goal(goal.id)} variant="back">
          {t('fourSteps.goalPage.title')}
        </Link>
      </p>
      <ErrorSummary title={t('common.notSaved.title')} errors={notSaved.errors} />
      <PageHeading
        focusOnMount={navigations > 0}
        caption={goal.goal?.trim() || t('fourSteps.noGoalText')}
      >
        {title}
      </PageHeading>
      <RadioGroup
        id="review-outcome"
        label={<span className="visually-hidden">{t('fourSteps.review.outcome')}</span>}
        hint={t('fourSteps.review.outcomeHint')}
        value={outcome}
        onChange={(value) => {
          const next = OUTCOMES.find((o) => o === value);
          if (!next) return;
          setOutcome(next);
          save({ outcome: next, learned });
        }}
      >
        {OUTCOMES.map((value) => (
          <Radio key={value} value={value}>
            {t(`fourSteps.review.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      {outcome ? (
        <TextArea
          id="review-learned"
          label={t('fourSteps.review.learned')}
          hint={t('fourSteps.review.learnedHint')}
          value={learned}
          rows={4}
          onChange={(value) => {
            setLearned(value);
            save({ outcome, learned: value });
          }}
        />
      ) : null}
      <p>
        <Button onPress={() => void back()}>{t('fourSteps.review.save')}</Button>
      </p>
    </div>
  );
}
