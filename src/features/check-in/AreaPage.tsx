/**
 * One barrier area per screen: "How much does this hold you back at the moment?" answered with
 * ten numbered buttons (words at 1, 4, 7 and 10), "It changes too much to say", or a skip, with
 * an optional note. "Same as last time" copies the last answer for a tired day. Every change is
 * autosaved; leaving (Continue, Skip, Back, "Save and come back later") flushes first.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Link,
  PageHeading,
  ScoreChoice,
  TextArea,
} from '../../ui';
import type { ScoreValue } from '../../ui';
import { useAutosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { BARRIER_AREAS, type BarrierArea } from '../../domain/barriers';
import { lastAnswer } from '../../domain/distance';
import type { CheckIn, CheckInScore } from '../../domain/records';
import { MEDIUM_TEXT } from '../../domain/recordKinds';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { CheckInGate } from './CheckInGate';
import { CHECK_INS_PATH, nextStep, previousStep, stepPath } from './steps';
import './checkIn.css';

const ANCHOR_SCORES = [1, 4, 7, 10] as const;

export default function AreaPage({ id, area }: { id: string; area: BarrierArea }) {
  const { t } = useTranslation();
  usePageTitle(t(`checkIn.areas.${area}.title`));
  return (
    <CheckInGate id={id}>
      {(checkIn, all) => <AreaForm key={`${id}:${area}`} checkIn={checkIn} all={all} area={area} />}
    </CheckInGate>
  );
}

function withNote(answer: CheckInScore, note: string): CheckInScore {
  const { note: _old, ...rest } = answer;
  return note.trim() === '' ? rest : { ...rest, note };
}

function AreaForm({ checkIn, all, area }: { checkIn: CheckIn; all: CheckIn[]; area: BarrierArea }) {
  const { t } = useTranslation();
  const { navigate, navigations } = useNavigation();
  const saver = useAutosaver('checkIn', checkIn.id);
  const notSaved = useNotSaved(saver, 'check-in-note');
  const [entry, setEntry] = useState<CheckInScore | undefined>(checkIn.scores?.[area]);
  // One press leaves: a second tap while the save finishes does nothing.
  const leaving = useRef(false);
  // Where the check-in was left when this screen opened. Came here with "Change" from the
  // check page: Continue goes back there.
  const [openedAt] = useState(checkIn.step);
  const returnToCheck = openedAt === 'check';
  const previous = lastAnswer(all, area, checkIn.id);
  const position = BARRIER_AREAS.indexOf(area) + 1;

  useEffect(() => {
    if (openedAt !== area) saver.update({ step: area });
  }, [saver, area, openedAt]);

  // The other areas' answers come from the live record (this render's copy), so a write from
  // the screen before, still landing as this one opens, is never overwritten with an older copy.
  const save = (next: CheckInScore | undefined) => {
    setEntry(next);
    const scores = { ...checkIn.scores };
    if (next) scores[area] = next;
    else delete scores[area];
    saver.update({ scores });
  };

  const note = entry?.note ?? '';
  const choice: ScoreValue =
    entry?.kind === 'score' ? entry.value : entry?.kind === 'changesTooMuch' ? entry.kind : null;

  const leave = async (path: string, answer?: CheckInScore) => {
    if (leaving.current) return;
    leaving.current = true;
    if (answer) save(answer);
    await saver.flush();
    if (!notSaved.checkSaved()) {
      leaving.current = false;
      return;
    }
    navigate(path);
  };
  const after = returnToCheck ? 'check' : nextStep(area);
  const forward = stepPath(checkIn.id, after);
  const before = previousStep(area);
  const skipped = withNote({ kind: 'skipped' }, note);

  return (
    <div className="page check-in">
      <p data-print="hide">
        <Link
          href={before ? stepPath(checkIn.id, before) : CHECK_INS_PATH}
          variant="back"
          onClick={() => void saver.flush()}
        >
          {t('checkIn.back')}
        </Link>
      </p>
      <ErrorSummary title={t('common.notSaved.title')} errors={notSaved.errors} />
      <PageHeading
        focusOnMount={navigations > 0}
        caption={t('checkIn.stepCaption', { current: position, total: BARRIER_AREAS.length })}
      >
        {t(`checkIn.areas.${area}.title`)}
      </PageHeading>
      <p className="lead">{t(`checkIn.areas.${area}.description`)}</p>

      {previous ? (
        <div className="check-in__last-time">
          <p>
            {previous.kind === 'score'
              ? t('checkIn.lastTime.score', { score: previous.value })
              : t('checkIn.lastTime.changesTooMuch')}
          </p>
          <Button variant="secondary" onPress={() => void leave(forward, withNote(previous, note))}>
            {t('checkIn.lastTime.button')}
          </Button>
        </div>
      ) : null}

      <ScoreChoice
        label={t('checkIn.question')}
        hint={t('checkIn.questionHint')}
        isLargeLabel
        anchors={Object.fromEntries(
          ANCHOR_SCORES.map((score) => [score, t(`checkIn.anchors.${score}`)]),
        )}
        dividerLabel={t('checkIn.or')}
        extraOptions={[
          {
            value: 'changesTooMuch',
            label: t('checkIn.changesTooMuch'),
            hint: t('checkIn.changesTooMuchHint'),
          },
        ]}
        value={choice}
        onChange={(value) => {
          if (typeof value === 'number') save(withNote({ kind: 'score', value }, note));
          else if (value === 'changesTooMuch') save(withNote({ kind: 'changesTooMuch' }, note));
        }}
      />

      <TextArea
        id="check-in-note"
        label={t('checkIn.note.label')}
        hint={t('checkIn.note.hint')}
        rows={3}
        value={note}
        limit={{
          max: MEDIUM_TEXT,
          message: (remaining) => t('checkIn.note.remaining', { count: Math.max(remaining, 0) }),
        }}
        onChange={(text) => {
          const next = withNote(entry ?? { kind: 'skipped' }, text.slice(0, MEDIUM_TEXT));
          // A note alone, then cleared, leaves the area unanswered rather than skipped.
          save(next.kind === 'skipped' && !next.note ? undefined : next);
        }}
      />

      <ButtonGroup>
        <Button onPress={() => void leave(forward, entry ?? skipped)}>
          {t('checkIn.continue')}
        </Button>
        <Button variant="secondary" onPress={() => void leave(forward, skipped)}>
          {t('checkIn.skip')}
        </Button>
      </ButtonGroup>
      <p>
        <Button variant="link" onPress={() => void leave(CHECK_INS_PATH)}>
          {t('checkIn.saveAndComeBack')}
        </Button>
      </p>
    </div>
  );
}
