/**
 * A pack's answers as summary rows, in the claimant's words: shared by the printable page on
 * the phone and the work coach's journal (which passes its own labels through `t`).
 */
import type { TFunction } from 'i18next';
import type { SummaryRow } from '../../ui';
import type { AppointmentPack } from '../../domain/records';

export function packRows(pack: AppointmentPack | null, t: TFunction): SummaryRow[] {
  const nothing = t('appointments.pack.printNothing');
  const list = (items: readonly string[]) =>
    items.length > 0 ? (
      <ul className="pack-answers">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : (
      nothing
    );
  const easier = [
    ...(pack?.easier ?? []).map((c) => t(`appointments.pack.easier.${c}`)),
    ...(pack?.easierOther?.trim() ? [pack.easierOther.trim()] : []),
  ];
  return [
    {
      key: 'done',
      label: t('appointments.pack.printDone'),
      value: list((pack?.ticked ?? []).map((task) => t(`appointments.pack.tasks.${task}`))),
    },
    {
      key: 'topics',
      label: t('appointments.pack.printTopics'),
      value: list((pack?.topics ?? []).map((topic) => t(`appointments.pack.topics.${topic}`))),
    },
    {
      key: 'talk',
      label: t('appointments.pack.printTalk'),
      value: pack?.talkAbout?.trim() || nothing,
    },
    { key: 'easier', label: t('appointments.pack.printEasier'), value: list(easier) },
  ];
}
