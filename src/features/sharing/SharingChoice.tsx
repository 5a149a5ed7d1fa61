/**
 * "Share with my coach" / "Keep private" for one record (About Me, My Values, My 4 Steps, a
 * check-in, an action). Private is the default; one plain sentence says what each means.
 * The choice is saved at once through the repository (record + outbox in one transaction);
 * the sync engine acts on it.
 */
import { useTranslation } from 'react-i18next';
import { Radio, RadioGroup } from '../../ui';
import type { Sharing } from '../../domain/records';
import { repository } from '../../data/repository';

export type ShareableKind = 'aboutMe' | 'values' | 'fourSteps' | 'checkIn' | 'action';

export function SharingChoice({
  kind,
  id,
  value,
}: {
  kind: ShareableKind;
  id: string;
  value: Sharing | undefined;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      label={t('sharing.legend')}
      hint={t('sharing.hint')}
      value={value ?? 'private'}
      onChange={(next) => {
        if (next === 'private' || next === 'shared') {
          void repository.saveFields(kind, id, { sharing: next });
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
  );
}
