/**
 * "Write a message": one box, a hint that the coach reads messages at work and that this is not
 * for emergencies (with the way to "Need help now?"), a visible character count, and "Send
 * message". Sending saves a journal entry through the repository (the record and its outbox
 * mutation in one transaction; the sync engine sends it), clears the box and its draft, and says
 * so in a polite live region. Focus stays where it was (on the button), so nobody is moved.
 * An empty or too-long message shows the error summary (which takes focus) and saves nothing.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorSummary, Link, TextArea } from '../../ui';
import { repository } from '../../data/repository';
import { MESSAGE_MAX_LENGTH } from '../../domain/messages';
import { readDraft, writeDraft } from './draft';

type ErrorKey = 'empty' | 'tooLong' | 'notSaved';
/**
 * "Need help now?" (HELP_PATH in app/routes.tsx), written out: a page that imports the route
 * table makes the bundler move shared UI code out of the first screen's chunk, which costs the
 * home page bytes it does not have.
 */
const HELP_PATH = '/help';
const FIELD_ID = 'message-text';

export function MessageForm({ connected }: { connected: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(readDraft);
  const [error, setError] = useState<ErrorKey>();
  const [busy, setBusy] = useState(false);
  // A counter as well as the words, so the same message said twice is announced twice.
  const [done, setDone] = useState<{ message: string; count: number }>();

  const change = (value: string) => {
    setText(value);
    writeDraft(value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const message = text.trim();
    const problem: ErrorKey | undefined = !message
      ? 'empty'
      : message.length > MESSAGE_MAX_LENGTH
        ? 'tooLong'
        : undefined;
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await repository.createRecord('journalEntry', { author: 'claimant', text: message });
    } catch (cause) {
      console.error('Could not save the message', cause);
      setError('notSaved');
      setBusy(false);
      return;
    }
    change('');
    setBusy(false);
    setDone((previous) => ({
      message: connected ? t('messages.form.sent') : t('messages.form.sentLater'),
      count: (previous?.count ?? 0) + 1,
    }));
  };

  const errorMessage = error ? t(`messages.form.errors.${error}`) : undefined;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="message-form">
      <ErrorSummary
        title={t('messages.form.errorTitle')}
        errors={errorMessage ? [{ fieldId: FIELD_ID, message: errorMessage }] : []}
      />
      <TextArea
        id={FIELD_ID}
        label={t('messages.form.label')}
        hint={
          <>
            {t('messages.form.hintBefore')}{' '}
            <Link href={HELP_PATH} inline>
              {t('messages.form.hintLink')}
            </Link>
          </>
        }
        value={text}
        onChange={change}
        errorMessage={errorMessage}
        rows={4}
        limit={{
          max: MESSAGE_MAX_LENGTH,
          message: (remaining) =>
            remaining >= 0
              ? t('messages.form.remaining', { count: remaining })
              : t('messages.form.over', { count: -remaining }),
        }}
      />
      <Button type="submit" isPending={busy}>
        {t('messages.form.send')}
      </Button>
      <p role="status" className="message-form__done">
        {done ? <span key={done.count}>{done.message}</span> : null}
      </p>
    </form>
  );
}
