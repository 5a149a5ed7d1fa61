/**
 * The calm "done" moment after sending feedback: thank you, and plainly what happens next:
 * it goes when the phone is online (without the name, if that was chosen), or, on a phone not
 * connected to a work coach, it stays on this phone until one is connected. Below, where it
 * has got to now ("Waiting to send", "Sent on 3 December").
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, Panel } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useOnline } from '../../app/useOnline';
import { useFeedbackDelivery } from '../../data/feedback';
import { useRecord } from '../../data/liveRecords';
import type { Feedback } from '../../domain/records';
import type { FeedbackDelivery } from '../../data/feedback';
import { FEEDBACK_PATH, feedbackPath } from './paths';
import { deliveryWords } from './words';

export function FeedbackSentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const record = useRecord('feedback', id);
  const delivery = useFeedbackDelivery([id]);
  usePageTitle(t('feedback.sent.title'));
  if (record === undefined || delivery === undefined) {
    return (
      <div className="page">
        <p aria-busy="true">{t('home.loading')}</p>
      </div>
    );
  }
  if (record?.status !== 'sent') {
    return (
      <div className="page">
        <PageHeading focusOnMount={navigations > 0}>{t('feedback.form.title')}</PageHeading>
        {record === null ? (
          <p>{t('feedback.form.notFound')}</p>
        ) : (
          <>
            <p>{t('feedback.sent.notSent')}</p>
            <p>
              <Link href={feedbackPath(id)} variant="button">
                {t('feedback.sent.backToForm')}
              </Link>
            </p>
          </>
        )}
      </div>
    );
  }
  return <Thanks feedback={record} delivery={delivery} focus={navigations > 0} />;
}

function Thanks({
  feedback,
  delivery,
  focus,
}: {
  feedback: Feedback;
  delivery: FeedbackDelivery;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const online = useOnline();
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) top.current?.focus();
  }, [focus]);
  const next = !delivery.connected
    ? t('feedback.sent.notConnected')
    : feedback.anonymous
      ? t('feedback.sent.connectedAnonymous')
      : t('feedback.sent.connected');
  return (
    <div className="page">
      <div ref={top} tabIndex={-1} className="feedback__focus-target">
        <Panel title={t('feedback.sent.title')}>
          <p>{next}</p>
        </Panel>
      </div>
      <p className="feedback-list__status" data-status="sent">
        {deliveryWords(feedback, delivery, online, t)}
      </p>
      <p>
        <Link href={FEEDBACK_PATH}>{t('feedback.sent.seeAll')}</Link>
      </p>
      <p>
        <Link href="/">{t('feedback.sent.home')}</Link>
      </p>
    </div>
  );
}
