/**
 * Check your answers: every area's answer and note with a Change link, the questions about
 * work, who can see the check-in, and "Finish check-in", which dates it and marks it done.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Link, PageHeading, SummaryList } from '../../ui';
import { repository } from '../../data/repository';
import { BARRIER_AREAS } from '../../domain/barriers';
import { completeness } from '../../domain/distance';
import type { CheckIn } from '../../domain/records';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { SharingChoice } from '../sharing/SharingChoice';
import { CheckInGate } from './CheckInGate';
import { answerWords } from './answerWords';
import { CHECK_INS_PATH, stepPath } from './steps';
import './checkIn.css';

export default function CheckAnswersPage({ id }: { id: string }) {
  const { t } = useTranslation();
  usePageTitle(t('checkIn.check.title'));
  return (
    <CheckInGate id={id}>{(checkIn) => <CheckAnswers key={id} checkIn={checkIn} />}</CheckInGate>
  );
}

function CheckAnswers({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation();
  const { navigate, navigations } = useNavigation();
  const finishing = useRef(false);
  const [openedAt] = useState(checkIn.step);
  const counts = completeness(checkIn);

  useEffect(() => {
    if (openedAt !== 'check') void repository.saveFields('checkIn', checkIn.id, { step: 'check' });
  }, [openedAt, checkIn.id]);

  const finish = async () => {
    if (finishing.current) return;
    finishing.current = true;
    try {
      await repository.saveFields('checkIn', checkIn.id, {
        status: 'done',
        takenAt: new Date().toISOString(),
        step: null,
      });
      navigate(stepPath(checkIn.id, 'finished'));
    } catch {
      // The status line says it was not saved; the button can be pressed again.
      finishing.current = false;
    }
  };

  const change = (href: string, what: string) => ({
    href,
    label: t('checkIn.check.change'),
    hiddenLabel: what,
  });

  const workRows = [
    {
      key: 'wantToWork',
      label: t('checkIn.aboutWork.wantToWork.legend'),
      value: checkIn.wantToWork
        ? t(`checkIn.aboutWork.wantToWork.${checkIn.wantToWork}`)
        : t('checkIn.check.notAnswered'),
    },
    {
      key: 'feelAboutWork',
      label: t('checkIn.aboutWork.feelAboutWork.legend'),
      value: checkIn.feelAboutWork
        ? t(`checkIn.aboutWork.feelAboutWork.${checkIn.feelAboutWork}`)
        : t('checkIn.check.notAnswered'),
    },
    {
      key: 'feelingToday',
      label: t('checkIn.aboutWork.feelingToday.label'),
      value: checkIn.feelingToday?.trim() ? checkIn.feelingToday : t('checkIn.check.notAnswered'),
    },
  ].map((row) => ({
    ...row,
    action: change(stepPath(checkIn.id, 'aboutWork'), row.label),
  }));

  return (
    <div className="page check-in">
      <p data-print="hide">
        <Link href={stepPath(checkIn.id, 'aboutWork')} variant="back">
          {t('checkIn.back')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{t('checkIn.check.title')}</PageHeading>
      <p className="lead">{t('checkIn.check.intro')}</p>
      <p>
        {t('checkIn.check.answered', {
          answered: counts.scored + counts.changesTooMuch,
          total: counts.total,
        })}
      </p>
      <h2>{t('checkIn.check.areasHeading')}</h2>
      <SummaryList
        rows={BARRIER_AREAS.map((area) => {
          const answer = checkIn.scores?.[area];
          const title = t(`checkIn.areas.${area}.title`);
          return {
            key: area,
            label: title,
            value: (
              <>
                {answerWords(t, answer)}
                {answer?.note ? (
                  <span className="check-in__note">
                    {t('checkIn.check.noteLabel')} {answer.note}
                  </span>
                ) : null}
              </>
            ),
            action: change(stepPath(checkIn.id, area), title),
          };
        })}
      />
      <h2>{t('checkIn.check.aboutWorkHeading')}</h2>
      <SummaryList rows={workRows} />
      <SharingChoice kind="checkIn" id={checkIn.id} value={checkIn.sharing} />
      <p>{t('checkIn.check.finishHint')}</p>
      <ButtonGroup>
        <Button onPress={() => void finish()}>{t('checkIn.check.finish')}</Button>
        <Link href={CHECK_INS_PATH}>{t('checkIn.saveAndComeBack')}</Link>
      </ButtonGroup>
    </div>
  );
}
