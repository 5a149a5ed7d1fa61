/**
 * The optional closing questions, in the national survey's wording: how much I would like to
 * work, how I feel about work now, and "How are you feeling today?" (so a bad day can be told
 * apart). All autosaved; all can be left blank.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Link,
  PageHeading,
  Radio,
  RadioGroup,
  TextArea,
} from '../../ui';
import { useAutosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { BARRIER_AREAS } from '../../domain/barriers';
import { SHORT_TEXT } from '../../domain/recordKinds';
import type { CheckIn } from '../../domain/records';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { CheckInGate } from './CheckInGate';
import { CHECK_INS_PATH, stepPath } from './steps';
import './checkIn.css';

export const WANT_TO_WORK = ['notAtAll', 'aLittle', 'someExtent', 'greatExtent'] as const;
export const FEEL_ABOUT_WORK = ['healthRulesOut', 'mightInFuture', 'couldNow'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export default function AboutWorkPage({ id }: { id: string }) {
  const { t } = useTranslation();
  usePageTitle(t('checkIn.aboutWork.title'));
  return (
    <CheckInGate id={id}>{(checkIn) => <AboutWorkForm key={id} checkIn={checkIn} />}</CheckInGate>
  );
}

function AboutWorkForm({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation();
  const { navigate, navigations } = useNavigation();
  const saver = useAutosaver('checkIn', checkIn.id);
  const notSaved = useNotSaved(saver, 'check-in-feeling');
  const [openedAt] = useState(checkIn.step);
  const [want, setWant] = useState(checkIn.wantToWork ?? null);
  const [feel, setFeel] = useState(checkIn.feelAboutWork ?? null);
  const [feeling, setFeeling] = useState(checkIn.feelingToday ?? '');
  const leaving = useRef(false);

  useEffect(() => {
    if (openedAt !== 'aboutWork') saver.update({ step: 'aboutWork' });
  }, [saver, openedAt]);

  const leave = async (path: string) => {
    if (leaving.current) return;
    leaving.current = true;
    await saver.flush();
    if (!notSaved.checkSaved()) {
      leaving.current = false;
      return;
    }
    navigate(path);
  };
  const lastArea = BARRIER_AREAS[BARRIER_AREAS.length - 1] ?? 'digital';

  return (
    <div className="page check-in">
      <p data-print="hide">
        <Link
          href={stepPath(checkIn.id, lastArea)}
          variant="back"
          onClick={() => void saver.flush()}
        >
          {t('checkIn.back')}
        </Link>
      </p>
      <ErrorSummary title={t('common.notSaved.title')} errors={notSaved.errors} />
      <PageHeading focusOnMount={navigations > 0}>{t('checkIn.aboutWork.title')}</PageHeading>
      <p className="lead">{t('checkIn.aboutWork.intro')}</p>
      <RadioGroup
        label={t('checkIn.aboutWork.wantToWork.legend')}
        value={want}
        onChange={(value) => {
          if (!isOneOf(WANT_TO_WORK, value)) return;
          setWant(value);
          saver.update({ wantToWork: value });
        }}
      >
        {WANT_TO_WORK.map((option) => (
          <Radio key={option} value={option}>
            {t(`checkIn.aboutWork.wantToWork.${option}`)}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        label={t('checkIn.aboutWork.feelAboutWork.legend')}
        value={feel}
        onChange={(value) => {
          if (!isOneOf(FEEL_ABOUT_WORK, value)) return;
          setFeel(value);
          saver.update({ feelAboutWork: value });
        }}
      >
        {FEEL_ABOUT_WORK.map((option) => (
          <Radio key={option} value={option}>
            {t(`checkIn.aboutWork.feelAboutWork.${option}`)}
          </Radio>
        ))}
      </RadioGroup>
      <TextArea
        id="check-in-feeling"
        label={t('checkIn.aboutWork.feelingToday.label')}
        hint={t('checkIn.aboutWork.feelingToday.hint')}
        rows={2}
        value={feeling}
        limit={{
          max: SHORT_TEXT,
          message: (remaining) => t('checkIn.note.remaining', { count: Math.max(remaining, 0) }),
        }}
        onChange={(text) => {
          const next = text.slice(0, SHORT_TEXT);
          setFeeling(next);
          saver.update({ feelingToday: next });
        }}
      />
      <ButtonGroup>
        <Button onPress={() => void leave(stepPath(checkIn.id, 'check'))}>
          {t('checkIn.continue')}
        </Button>
        <Button variant="secondary" onPress={() => void leave(CHECK_INS_PATH)}>
          {t('checkIn.saveAndComeBack')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
