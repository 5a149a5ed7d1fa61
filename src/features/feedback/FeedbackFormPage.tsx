/**
 * One feedback at /feedback/<id>. While it is a draft: the questions ("How helpful was it?",
 * "Did you feel listened to?", "Was it right for you?", a comment, "Send without my name"),
 * every one optional, each answer saved on this phone as it is given (autosave: record and
 * outbox in one transaction; a draft never leaves the phone). "Send feedback" marks it sent
 * (status and time, in the same write) and opens the thank-you page. Once sent it is shown,
 * read-only, with where it has got to. Nothing here is required: the only error is a comment
 * longer than a record may hold, and then nothing is sent.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  Link,
  PageHeading,
  Radio,
  RadioGroup,
  SummaryList,
  TextArea,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useOnline } from '../../app/useOnline';
import { useAutosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { useFeedbackDelivery } from '../../data/feedback';
import { useRecord, useRecords } from '../../data/liveRecords';
import { LONG_TEXT } from '../../domain/recordKinds';
import type { Feedback, FieldsByKind } from '../../domain/records';
import { FEEDBACK_PATH, feedbackSentPath } from './paths';
import {
  HELPFUL_CHOICES,
  YES_PARTLY_NO,
  aboutWords,
  deliveryWords,
  type YesPartlyNo,
} from './words';

export function FeedbackFormPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const record = useRecord('feedback', id);
  const appointments = useRecords('appointment');
  const title = t('feedback.form.title');
  usePageTitle(title);
  const loaded = record !== undefined && appointments !== undefined;
  return (
    <div className="page">
      <p data-print="hide">
        <Link href={FEEDBACK_PATH} variant="back">
          {t('feedback.form.back')}
        </Link>
      </p>
      <PageHeading
        focusOnMount={navigations > 0}
        caption={
          record && appointments ? aboutWords(record, appointments, t) : t('feedback.caption')
        }
      >
        {title}
      </PageHeading>
      {!loaded ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : record === null ? (
        <p>{t('feedback.form.notFound')}</p>
      ) : record.status === 'sent' ? (
        <SentFeedback feedback={record} />
      ) : (
        <FeedbackForm id={id} initial={record} />
      )}
    </div>
  );
}

const yesPartlyNo = (value: string): YesPartlyNo | null =>
  YES_PARTLY_NO.find((v) => v === value) ?? null;

function FeedbackForm({ id, initial }: { id: string; initial: Feedback }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const saver = useAutosaver('feedback', id);
  // Answers are held here as given (the record is read once, so a live update never moves the
  // cursor); the autosaver writes them.
  const [first] = useState(initial);
  const [helpful, setHelpful] = useState<number | null>(first.helpful ?? null);
  const [listenedTo, setListenedTo] = useState<YesPartlyNo | null>(first.listenedTo ?? null);
  const [rightForMe, setRightForMe] = useState<YesPartlyNo | null>(first.rightForMe ?? null);
  const [comment, setComment] = useState(first.comment ?? '');
  const [anonymous, setAnonymous] = useState(first.anonymous);
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  const notSaved = useNotSaved(saver, 'feedback-helpful');
  const save = (fields: FieldsByKind['feedback']) => saver.update(fields);
  const commentError = () =>
    comment.length > LONG_TEXT ? t('feedback.form.commentTooLong', { max: LONG_TEXT }) : undefined;

  const send = async () => {
    const tooLong = commentError();
    setErrors(tooLong ? [{ fieldId: 'feedback-comment', message: tooLong }] : []);
    if (tooLong) return;
    setBusy(true);
    save({ status: 'sent', sentAt: new Date().toISOString() });
    await saver.flush();
    // A write that failed stays queued and is tried again: stay on the form and say so.
    if (!notSaved.checkSaved()) {
      setBusy(false);
      return;
    }
    navigate(feedbackSentPath(id));
  };

  const later = async () => {
    await saver.flush();
    if (!notSaved.checkSaved()) return;
    navigate(FEEDBACK_PATH);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <ErrorSummary
        title={t('feedback.start.errorTitle')}
        errors={[...errors, ...notSaved.errors]}
      />
      <p>{t('feedback.form.intro')}</p>
      <RadioGroup
        id="feedback-helpful"
        label={t('feedback.form.helpful')}
        value={helpful === null ? null : String(helpful)}
        onChange={(value) => {
          const next = HELPFUL_CHOICES.find((v) => String(v) === value) ?? null;
          setHelpful(next);
          save({ helpful: next });
        }}
      >
        {HELPFUL_CHOICES.map((value) => (
          <Radio key={value} value={String(value)}>
            {t(`feedback.helpful.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        id="feedback-listened"
        label={t('feedback.form.listenedTo')}
        value={listenedTo}
        onChange={(value) => {
          const next = yesPartlyNo(value);
          setListenedTo(next);
          save({ listenedTo: next });
        }}
      >
        {YES_PARTLY_NO.map((value) => (
          <Radio key={value} value={value}>
            {t(`feedback.yesPartlyNo.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        id="feedback-right"
        label={t('feedback.form.rightForMe')}
        value={rightForMe}
        onChange={(value) => {
          const next = yesPartlyNo(value);
          setRightForMe(next);
          save({ rightForMe: next });
        }}
      >
        {YES_PARTLY_NO.map((value) => (
          <Radio key={value} value={value}>
            {t(`feedback.yesPartlyNo.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <TextArea
        id="feedback-comment"
        label={t('feedback.form.comment')}
        hint={t('feedback.form.commentHint')}
        value={comment}
        errorMessage={errors.length > 0 ? commentError() : undefined}
        onChange={(value) => {
          setComment(value);
          // A comment too long to keep is not written (it would block the other answers);
          // "Send feedback" says so.
          if (value.length <= LONG_TEXT) save({ comment: value });
        }}
      />
      <CheckboxGroup
        id="feedback-anonymous"
        label={t('feedback.form.anonymousLabel')}
        value={anonymous ? ['anonymous'] : []}
        onChange={(value) => {
          const next = value.includes('anonymous');
          setAnonymous(next);
          save({ anonymous: next });
        }}
      >
        <Checkbox value="anonymous" hint={t('feedback.form.anonymousHint')}>
          {t('feedback.form.anonymous')}
        </Checkbox>
      </CheckboxGroup>
      <ButtonGroup>
        <Button type="submit" isPending={busy} pendingLabel={t('feedback.form.sending')}>
          {t('feedback.form.send')}
        </Button>
        <Button variant="secondary" onPress={() => void later()}>
          {t('feedback.form.later')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A sent feedback, read-only: the answers, whether it had a name, and where it has got to. */
function SentFeedback({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const online = useOnline();
  const delivery = useFeedbackDelivery([feedback.id]);
  const skipped = t('feedback.answers.skipped');
  const { helpful, listenedTo, rightForMe, comment } = feedback;
  return (
    <>
      {delivery ? (
        <p className="feedback-list__status" data-status="sent">
          {deliveryWords(feedback, delivery, online, t)}
        </p>
      ) : null}
      <SummaryList
        rows={[
          {
            key: 'helpful',
            label: t('feedback.form.helpful'),
            value: helpful ? t(`feedback.helpful.${helpful as 1 | 2 | 3 | 4 | 5}`) : skipped,
          },
          {
            key: 'listenedTo',
            label: t('feedback.form.listenedTo'),
            value: listenedTo ? t(`feedback.yesPartlyNo.${listenedTo}`) : skipped,
          },
          {
            key: 'rightForMe',
            label: t('feedback.form.rightForMe'),
            value: rightForMe ? t(`feedback.yesPartlyNo.${rightForMe}`) : skipped,
          },
          { key: 'comment', label: t('feedback.form.comment'), value: comment || skipped },
          {
            key: 'anonymous',
            label: t('feedback.form.anonymous'),
            value: feedback.anonymous
              ? t('feedback.answers.anonymousYes')
              : t('feedback.answers.anonymousNo'),
          },
        ]}
      />
      <p>{t('feedback.sent.readOnly')}</p>
    </>
  );
}
