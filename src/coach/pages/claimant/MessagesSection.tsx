/**
 * Messages between the coach and the claimant (journal entries), oldest first like a
 * conversation, and a box to write one. A message is sent when the server has it; if it
 * cannot be sent, the words stay in the box.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  TextArea,
  useNotify,
  type FieldErrorItem,
} from '../../../ui';
import { useCoachDates } from '../../format';
import { useJournal } from '../../journal/JournalContext';
import { problemMessage } from '../../problems';

export const MESSAGE_MAX = 2000;

export function MessagesSection() {
  const { t } = useTranslation();
  const dates = useCoachDates();
  const { notify } = useNotify();
  const journal = useJournal();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const messages = [...journal.records.journalEntry].sort((a, b) =>
    a.created < b.created ? -1 : a.created > b.created ? 1 : 0,
  );

  const send = async () => {
    if (busy) return;
    const trimmed = text.trim();
    const found: FieldErrorItem[] = [];
    if (!trimmed)
      found.push({ fieldId: 'coach-message', message: t('coach.messages.errors.empty') });
    else if (trimmed.length > MESSAGE_MAX)
      found.push({
        fieldId: 'coach-message',
        message: t('coach.messages.errors.tooLong', { max: MESSAGE_MAX }),
      });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await journal.write('journalEntry', crypto.randomUUID(), { author: 'coach', text: trimmed });
      setText('');
      notify(t('coach.messages.sent'), { tone: 'success' });
    } catch (error) {
      setErrors([{ fieldId: 'coach-message', message: problemMessage(t, error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t('coach.tabs.messages')}</h2>
      {messages.length === 0 ? (
        <p>{t('coach.messages.empty')}</p>
      ) : (
        <ol className="coach-messages">
          {messages.map((message) => (
            <li key={message.id} className="coach-message" data-author={message.author}>
              <p className="coach-message__meta">
                <strong>
                  {message.author === 'coach'
                    ? t('coach.messages.fromYou')
                    : t('coach.messages.fromClaimant')}
                </strong>{' '}
                <time dateTime={message.created}>{dates.dateTime(message.created)}</time>
              </p>
              <p className="coach-message__text">{message.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <ErrorSummary title={t('coach.errorTitle')} errors={errors} />
        <TextArea
          id="coach-message"
          label={t('coach.messages.write')}
          hint={t('coach.messages.hint')}
          value={text}
          onChange={setText}
          rows={4}
          limit={{
            max: MESSAGE_MAX,
            message: (remaining) =>
              remaining >= 0
                ? t('coach.messages.remaining', { count: remaining })
                : t('coach.messages.over', { count: -remaining }),
          }}
          errorMessage={errors[0]?.message}
        />
        <ButtonGroup>
          <Button type="submit" isPending={busy}>
            {t('coach.messages.send')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
