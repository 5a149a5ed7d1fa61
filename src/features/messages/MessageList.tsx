/**
 * The messages, newest first, each saying who wrote it ("You" or "Your work coach") and when,
 * in words; the coach's messages that were new when the page opened say "New", and the
 * person's own that have not reached the server yet say "Waiting to be sent". The words carry
 * the meaning; the tint and the side bar only help. Long histories show the newest 20 first,
 * with "Show older messages" (which keeps focus on the first message it reveals).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tag } from '../../ui';
import { dateTimeInWords } from '../journal/dateTimeWords';
import type { JournalEntry } from '../../domain/records';

export const PAGE_SIZE = 20;

export function MessageList({
  entries,
  isNew,
  isWaiting,
}: {
  /** Newest first. */
  entries: readonly JournalEntry[];
  isNew: (id: string) => boolean;
  isWaiting: (id: string) => boolean;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE_SIZE);
  const firstRevealed = useRef<HTMLLIElement>(null);
  const [revealFrom, setRevealFrom] = useState<number>();
  useEffect(() => {
    if (revealFrom !== undefined) firstRevealed.current?.focus();
  }, [revealFrom]);

  if (entries.length === 0) return <p>{t('messages.list.empty')}</p>;
  const visible = entries.slice(0, shown);
  return (
    <>
      <ol className="message-list">
        {visible.map((entry, index) => {
          const coach = entry.author === 'coach';
          return (
            <li
              key={entry.id}
              className="message"
              data-author={coach ? 'coach' : 'you'}
              ref={index === revealFrom ? firstRevealed : undefined}
              tabIndex={index === revealFrom ? -1 : undefined}
            >
              <p className="message__meta">
                <strong className="message__who">
                  {coach ? t('messages.list.coach') : t('messages.list.you')}
                </strong>{' '}
                <time dateTime={entry.created}>{dateTimeInWords(entry.created, t)}</time>
                {coach && isNew(entry.id) ? (
                  <>
                    {' '}
                    <Tag tone="inProgress">{t('messages.list.new')}</Tag>
                  </>
                ) : null}
                {!coach && isWaiting(entry.id) ? (
                  <>
                    {' '}
                    <Tag tone="neutral">{t('messages.list.waiting')}</Tag>
                  </>
                ) : null}
              </p>
              <p className="message__text">{entry.text}</p>
            </li>
          );
        })}
      </ol>
      {entries.length > shown ? (
        <>
          <p>{t('messages.list.showing', { shown, total: entries.length })}</p>
          <Button
            variant="secondary"
            onPress={() => {
              setRevealFrom(shown);
              setShown(shown + PAGE_SIZE);
            }}
          >
            {t('messages.list.showOlder')}
          </Button>
        </>
      ) : null}
    </>
  );
}
