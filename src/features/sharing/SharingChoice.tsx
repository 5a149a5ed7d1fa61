/**
 * "Share with my coach" / "Keep private" for one record (About Me, My Values, My 4 Steps, a
 * check-in, an action). Private is the default; one plain sentence says what each means.
 * The choice is saved at once through the repository (record + outbox in one transaction);
 * the sync engine acts on it. Under the choice: whether the item has reached the coach.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radio, RadioGroup } from '../../ui';
import type { FieldsByKind, Sharing } from '../../domain/records';
import { repository } from '../../data/repository';
import { SyncNote } from './SyncNote';

export type ShareableKind =
  'aboutMe' | 'values' | 'fourSteps' | 'checkIn' | 'action' | 'appointment' | 'appointmentPack';

export function SharingChoice<K extends ShareableKind>({
  kind,
  id,
  value,
  createWith,
  onSaved,
}: {
  kind: K;
  id: string;
  value: Sharing | undefined;
  /** Fields a record needs when this choice is the first thing saved (it creates the record). */
  createWith?: FieldsByKind[K];
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  // The choice shows at once; the saved record (read back live) takes over once it is written.
  // If the save fails, the choice goes back to what is saved and the status line says why.
  const [choosing, setChoosing] = useState<Sharing>();
  if (choosing !== undefined && choosing === value) setChoosing(undefined);
  const current = choosing ?? value;
  // Actions are shared unless kept private; everything else only once the person shares it.
  const shared = kind === 'action' ? current !== 'private' : current === 'shared';
  return (
    <>
      <RadioGroup
        label={t('sharing.legend')}
        hint={t('sharing.hint')}
        value={current ?? 'private'}
        onChange={(next) => {
          if (next === 'private' || next === 'shared') {
            setChoosing(next);
            repository
              .saveFields(kind, id, { ...createWith, sharing: next } as FieldsByKind[K])
              .then(() => onSaved?.())
              .catch(() => setChoosing(undefined));
          }
        }}
      >
        <Radio value="private" hint={t('sharing.privateHint')}>
          {t('sharing.private')}
        </Radio>
        <Radio value="shared" hint={t('sharing.sharedHint')}>
          {t('sharing.shared')}
        </Radio>
      </RadioGroup>
      <SyncNote kind={kind} id={id} shared={shared} />
    </>
  );
}
