/**
 * M.T.: paired their phone last week but has not shared anything yet (everything they write
 * stays on the phone until they choose to share it). The coach has said hello and booked a first
 * meeting.
 */
import type { DemoPerson, Timeline } from '../story';
import { Story } from '../story';

export function mt(t: Timeline): DemoPerson {
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  s.coach(w(-9, '15:10'), 'journalEntry', 'j1', {
    author: 'coach',
    text: "Hello, I'm Priya, your work coach. You can fill in About Me before we meet if you'd like to, but you don't have to. There's no rush, and you choose what I see.",
  }).coach(w(-9, '15:15'), 'appointment', 'appt1', {
    at: t.workdayIso(2, '15:00'),
    how: 'inPerson',
    place: 'Riverside Jobcentre, 2nd floor',
    withWhom: 'Priya, your work coach',
    prepare: 'Nothing to bring. If you need anything to make it easier, add it here.',
    adjustments: [],
    status: 'booked',
    source: 'coach',
  });

  return {
    label: 'M.T.',
    added: w(-10, '14:30'),
    phone: { paired: t.workday(-9, '15:00'), lastSeen: t.at(-1, '19:30') },
    coachLooked: w(-9, '15:20'),
    events: s.events,
  };
}
