/**
 * "Changes to check": each answer that was changed on this phone and somewhere else (the work
 * coach, or another phone) before the two could agree. For each, what you wrote and what the
 * other change says, in plain words, and two buttons that name what they keep. Choosing saves
 * at once (see data/conflicts.ts); the choice disappears from the list, focus moves to the
 * message that says what was kept, and screen readers hear it.
 */
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { db } from '../../data/db';
import {
  readConflicts,
  resolveConflict,
  type ConflictChoice,
  type ConflictWithRecord,
} from '../../data/conflicts';
import { conflictSource } from '../../sync/conflictSource';
import { setSyncStatus } from '../../sync/status';
import { describeValue, itemName } from './describe';
import './changes.css';

export default function ChangesToCheckPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const title = t('conflicts.title');
  usePageTitle(title);
  const conflicts = useLiveQuery(() => readConflicts(db), []);
  const [result, setResult] = useState<{ message: string; count: number }>();
  const [busy, setBusy] = useState<string>();
  const resultRef = useRef<HTMLParagraphElement>(null);
  // The item just chosen leaves the list: focus the message that says what happened.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const choose = async ({ conflict, record }: ConflictWithRecord, choice: ConflictChoice) => {
    if (busy) return;
    setBusy(conflict.id);
    const item = itemName(t, conflict.recordKind, conflict.field, record);
    const source = conflictSource(conflict.remoteHlc);
    let message: string;
    try {
      await resolveConflict(conflict.id, choice);
      const left = await db.conflicts.count();
      setSyncStatus({ conflicts: left });
      const kept =
        choice === 'mine'
          ? t('conflicts.keptMine', { item })
          : source === 'coach'
            ? t('conflicts.keptCoach', { item })
            : t('conflicts.keptElsewhere', { item });
      message = left > 0 ? `${kept} ${t('conflicts.left', { count: left })}` : kept;
    } catch (error) {
      console.error('Could not keep the chosen change', error);
      message = t('conflicts.failed');
    }
    setBusy(undefined);
    setResult((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
  };

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{title}</PageHeading>
      <p ref={resultRef} role="status" tabIndex={-1} className="changes__result">
        {result?.message}
      </p>
      {conflicts === undefined ? (
        <p aria-busy="true">{t('conflicts.loading')}</p>
      ) : conflicts.length === 0 ? (
        <>
          <p>{t('conflicts.empty')}</p>
          <p>
            <Link href="/">{t('conflicts.home')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('conflicts.intro')}</p>
          <ul className="changes__list">
            {conflicts.map((entry) => (
              <ConflictItem
                key={entry.conflict.id}
                entry={entry}
                busy={busy === entry.conflict.id}
                onChoose={(choice) => void choose(entry, choice)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ConflictItem({
  entry,
  busy,
  onChoose,
}: {
  entry: ConflictWithRecord;
  busy: boolean;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t } = useTranslation();
  const { conflict, record } = entry;
  const { recordKind: kind, field } = conflict;
  const item = itemName(t, kind, field, record);
  const coach = conflictSource(conflict.remoteHlc) === 'coach';
  const headingId = `change-${conflict.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const hidden = <span className="visually-hidden">: {item}</span>;
  return (
    <li className="change">
      <h2 id={headingId} className="change__title">
        {item}
      </h2>
      <dl className="change__values">
        <div className="change__value">
          <dt>{t('conflicts.you')}</dt>
          <dd>{describeValue(t, kind, field, conflict.localValue)}</dd>
        </div>
        <div className="change__value">
          <dt>{coach ? t('conflicts.coach') : t('conflicts.elsewhere')}</dt>
          <dd>{describeValue(t, kind, field, conflict.remoteValue)}</dd>
        </div>
      </dl>
      <ButtonGroup>
        <Button isDisabled={busy} onPress={() => onChoose('mine')}>
          {t('conflicts.keepMine')}
          {hidden}
        </Button>
        <Button variant="secondary" isDisabled={busy} onPress={() => onChoose('theirs')}>
          {coach ? t('conflicts.keepCoach') : t('conflicts.keepElsewhere')}
          {hidden}
        </Button>
      </ButtonGroup>
    </li>
  );
}
