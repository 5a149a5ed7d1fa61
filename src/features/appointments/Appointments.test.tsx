// The appointments pages in jsdom, through the real app shell, with appointments written as a
// coach's sync would write them: coming up first (soonest first) then past, each with its date
// and time in words, how, where, with whom, what to get ready and notes; changed and cancelled
// said in words; "Add to my calendar" gives a timed .ics with reminders; one appointment on its
// own page; a calm "not found" for one that is not there.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import type { FieldsByKind } from '../../domain/records';
import en from '../../../locales/en/appointments.json';
import enCommon from '../../../locales/en/common.json';

const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
const blobs: Blob[] = [];
beforeAll(() => {
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});
afterAll(() => {
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

async function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
  await waitFor(() => expect(document.querySelector('.page-loading')).toBeNull(), {
    timeout: 5000,
  });
}

/** Local noon `days` from today, at hh:mm, as the coach's console would store it (UTC ISO). */
function daysFromNow(days: number, hours = 10, minutes = 30): Date {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hours, minutes, 0, 0);
  return d;
}

async function coachAppointment(at: Date, fields: FieldsByKind['appointment'] = {}) {
  const id = crypto.randomUUID();
  await repository.saveFields('appointment', id, {
    source: 'coach',
    at: at.toISOString(),
    ...fields,
  });
  return id;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function inWords(d: Date): string {
  const month = Object.values(enCommon.months)[d.getMonth()];
  const year = d.getFullYear() === new Date().getFullYear() ? '' : ` ${d.getFullYear()}`;
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${DAYS[d.getDay()]} ${d.getDate()} ${month}${year}, ${time}`;
}

const cardFor = (when: string) => {
  const card = screen.getByRole('heading', { level: 3, name: when }).closest('li');
  if (!card) throw new Error(`No card for ${when}`);
  return within(card);
};

describe('appointments from the work coach', () => {
  it('lists coming up (soonest first) then past, with every detail in words', async () => {
    await db.appointments.clear();
    const soon = daysFromNow(2);
    const later = daysFromNow(9, 14, 0);
    const past = daysFromNow(-5, 9, 15);
    await coachAppointment(later, { how: 'video', withWhom: 'Sam' });
    await coachAppointment(past, { how: 'phone' });
    await coachAppointment(soon, {
      how: 'inPerson',
      place: 'Cardiff Central Jobcentre',
      withWhom: 'Alex, your work coach',
      prepare: 'Bring your CV if you have one.',
      notes: 'Ask at the front desk for Alex.',
    });
    await renderApp('/appointments');
    await screen.findByRole('heading', { level: 3, name: inWords(soon) });

    const upcoming = screen.getByRole('region', { name: en.upcoming });
    const pastSection = screen.getByRole('region', { name: en.past });
    expect(
      within(upcoming)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([inWords(soon), inWords(later)]);
    expect(
      within(pastSection)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([inWords(past)]);

    const card = cardFor(inWords(soon));
    expect(card.getByText(en.how.inPerson)).toBeTruthy();
    expect(card.getByText('Cardiff Central Jobcentre')).toBeTruthy();
    expect(card.getByText('Alex, your work coach')).toBeTruthy();
    expect(card.getByText('Bring your CV if you have one.')).toBeTruthy();
    expect(card.getByText('Ask at the front desk for Alex.')).toBeTruthy();
    expect(
      card.getByRole('link', { name: `${en.item.addToCalendar}: ${inWords(soon)}` }),
    ).toBeTruthy();
    // A past appointment has nothing to add to a calendar.
    expect(within(pastSection).queryByRole('link', { name: /Add to my calendar/ })).toBeNull();
  });

  it('says plainly when an appointment was changed or cancelled', async () => {
    await db.appointments.clear();
    const changed = daysFromNow(3);
    const cancelled = daysFromNow(4);
    await coachAppointment(changed, { how: 'phone', status: 'changed' });
    await coachAppointment(cancelled, { how: 'phone', status: 'cancelled' });
    await renderApp('/appointments');
    await screen.findByRole('heading', { level: 3, name: inWords(changed) });
    const c1 = cardFor(inWords(changed));
    expect(c1.getByText(en.status.changed)).toBeTruthy();
    expect(c1.getByText(en.status.changedMeaning)).toBeTruthy();
    const c2 = cardFor(inWords(cancelled));
    expect(c2.getByText(en.status.cancelled)).toBeTruthy();
    expect(c2.getByText(en.status.cancelledMeaning)).toBeTruthy();
    expect(c2.queryByRole('link', { name: /Add to my calendar/ })).toBeNull();
  });

  it('adds an appointment to the calendar as a timed event with reminders', async () => {
    await db.appointments.clear();
    const at = daysFromNow(5, 10, 30);
    await coachAppointment(at, { how: 'inPerson', place: 'Swansea Jobcentre', withWhom: 'Alex' });
    blobs.length = 0;
    await renderApp('/appointments');
    const link = await screen.findByRole('link', { name: new RegExp(en.item.addToCalendar) });
    expect(link.getAttribute('download')).toBe(en.calendar.fileName);
    const ics = await blobs[blobs.length - 1]!.text();
    const utc = at
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(ics).toContain(`DTSTART:${utc}`);
    expect(ics).toContain('SUMMARY:Appointment with Alex');
    expect(ics).toContain('LOCATION:Swansea Jobcentre');
    expect(ics).toContain('TRIGGER:-P1D');
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('shows one appointment on its own page, and a calm message for one that is not there', async () => {
    await db.appointments.clear();
    const at = daysFromNow(6, 11, 0);
    const id = await coachAppointment(at, { how: 'phone', notes: 'I will ring you.' });
    await renderApp(`/appointments/${id}`);
    await screen.findByRole('heading', { level: 1, name: inWords(at) });
    expect(screen.getByText('I will ring you.')).toBeTruthy();
    expect(screen.getByText(en.how.phone)).toBeTruthy();
    expect(screen.getByRole('link', { name: en.title })).toBeTruthy();
    expect(document.title).toBe(`${inWords(at)} – Waymark`);

    cleanup();
    await renderApp(`/appointments/${crypto.randomUUID()}`);
    await screen.findByText(en.detail.notFound);
  });

  it('says so when there are none, and that new ones need a connection', async () => {
    await db.appointments.clear();
    await db.meta.delete('connection');
    await renderApp('/appointments');
    await screen.findByText(en.empty);
    expect(screen.getByText(en.notConnected)).toBeTruthy();
  });
});

describe('journal paths that lead nowhere', () => {
  it('shows "page not found" for a message or appointment path that is not a page', async () => {
    for (const path of ['/messages/nope', '/appointments/not-an-id']) {
      cleanup();
      await renderApp(path);
      await screen.findByRole('heading', { level: 1, name: enCommon.notFound.title });
    }
  });
});
