/**
 * Messages with the work coach (journal entries, the shared timeline): "Write a message", then
 * every message, newest first. Newest first because people open this page to read what is new
 * (the home page says "2 new messages"), and the list grows for years: the newest are right
 * under the form, where a message just sent also appears, with no scrolling past old ones.
 *
 * Not connected to a coach: the page says so, links to connecting, and still lets the person
 * write. Nothing is lost or pretended: the message is saved on this phone, marked "Waiting to
 * be sent", and the sync engine sends it once the phone connects (the outbox keeps it until
 * then). Someone holding a code with no signal can write now; someone with no coach is told
 * plainly where their words are.
 *
 * Opening the page marks the coach's messages as seen (kept on this phone, see
 * data/messagesSeen.ts); those that were new when it opened keep their "New" label until the
 * person leaves, and any that arrive while it is open are marked seen too.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Callout, Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useRecords } from '../../data/liveRecords';
import { markMessagesSeen, useMessagesSeen } from '../../data/messagesSeen';
import { useUnsentIds } from '../../data/unsent';
import { coachMessages } from '../../domain/messages';
import { readConnection } from '../../sync/connection';
import { CONNECT_PATH } from '../pairing/routes';
import { MessageForm } from './MessageForm';
import { MessageList } from './MessageList';
import './messages.css';

export default function MessagesPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('messages.title'));
  const entries = useRecords('journalEntry');
  const seen = useMessagesSeen();
  const unsent = useUnsentIds('journalEntry');
  const [connected, setConnected] = useState<boolean>();
  useEffect(() => {
    void readConnection().then((connection) => setConnected(connection !== undefined));
  }, []);

  // What had been seen when the page opened, read once: the "New" labels follow it.
  const [seenOnOpen, setSeenOnOpen] = useState<ReadonlySet<string>>();
  if (seen !== undefined && seenOnOpen === undefined) setSeenOnOpen(new Set(seen));

  const coachIds = useMemo(
    () => (entries ? coachMessages(entries).map((e) => e.id) : undefined),
    [entries],
  );
  useEffect(() => {
    if (coachIds && seenOnOpen) void markMessagesSeen(coachIds);
  }, [coachIds, seenOnOpen]);

  const newestFirst = useMemo(() => (entries ? [...entries].reverse() : undefined), [entries]);
  const loaded = newestFirst && seenOnOpen && unsent && connected !== undefined;

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('messages.title')}</PageHeading>
      <p className="lead">{t('messages.intro')}</p>
      {connected === false ? (
        <Callout>
          <p>{t('messages.notConnected')}</p>
          <p>
            <Link href={CONNECT_PATH}>{t('messages.connectLink')}</Link>
          </p>
        </Callout>
      ) : null}
      {connected !== undefined ? <MessageForm connected={connected} /> : null}
      <h2>{t('messages.list.heading')}</h2>
      {loaded ? (
        <MessageList
          entries={newestFirst}
          isNew={(id) => !seenOnOpen.has(id)}
          isWaiting={(id) => unsent.has(id)}
        />
      ) : (
        <p aria-busy="true">{t('home.loading')}</p>
      )}
    </div>
  );
}
