/**
 * The pack for one appointment: the one tied to it by `appointmentId` if there is one (made on
 * another phone, or by an older version), else the one this phone would make (packIdFor).
 * `pack` is undefined while loading and null when there is none yet.
 */
import { useRecords } from '../../data/liveRecords';
import { packFor } from '../../domain/pack';
import type { AppointmentPack } from '../../domain/records';
import { packIdFor } from './pack';

export function usePack(appointmentId: string): {
  id: string;
  pack: AppointmentPack | null | undefined;
} {
  const packs = useRecords('appointmentPack');
  const found = packs ? packFor(packs, appointmentId) : undefined;
  return {
    id: found?.id ?? packIdFor(appointmentId),
    pack: packs === undefined ? undefined : (found ?? null),
  };
}
