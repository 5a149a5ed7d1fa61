// The person's own appointments and the "Before your appointment" pack, in jsdom through the
// real app shell: adding one (with an error summary for a date that is not real), private by
// default, changed and cancelled (asked first); the pack saving each answer as it is given,
// "Mark as ready" dating it, sharing it, and the printable page showing it in words.
import { describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import { packIdFor } from './pack';
import en from '../../../locales/en/appointments.json';

async function renderApp(path: string) {
  cleanup();
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

/** Taps and typing through DOM events (React Aria answers clicks on its inputs). */
const user = {
  click: async (element: Element) => {
    await act(async () => {
      fireEvent.click(element);
    });
  },
  type: async (element: Element, text: string) => {
    await act(async () => {
      fireEvent.change(element, { target: { value: (element as HTMLInputElement).value + text } });
    });
  },
  clear: async (element: Element) => {
    await act(async () => {
      fireEvent.change(element, { target: { value: '' } });
    });
  },
};

async function appointmentsOf(source: 'claimant' | 'coach') {
  return (await db.appointments.toArray()).filter((a) => a.source === source);
}

describe('the person’s own appointments', () => {
  it('adds one, private by default, after a date that is not real is explained', async () => {
    await db.appointments.clear();
    await renderApp('/appointments/new');
    await screen.findByLabelText(en.form.time, { exact: false });
    expect(screen.getByRole('heading', { level: 1, name: en.form.newTitle })).toBeTruthy();
    const date = screen.getByRole('group', { name: new RegExp(en.form.date) });
    await user.type(within(date).getByLabelText('Day'), '31');
    await user.type(within(date).getByLabelText('Month'), '2');
    await user.type(within(date).getByLabelText('Year'), '2030');
    await user.type(screen.getByLabelText(en.form.time, { exact: false }), '9.15');
    await user.click(screen.getByRole('button', { name: en.form.save }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(en.form.errors.dateNotReal)).toBeTruthy();
    expect(await appointmentsOf('claimant')).toHaveLength(0);

    await user.clear(within(date).getByLabelText('Day'));
    await user.type(within(date).getByLabelText('Day'), '28');
    await user.click(screen.getByRole('radio', { name: 'In person' }));
    await user.type(screen.getByLabelText(en.form.place), 'Riverside Surgery');
    await user.type(screen.getByLabelText(en.form.withWhom, { exact: false }), 'Dr Patel');
    await user.click(screen.getByRole('button', { name: en.form.save }));
    await waitFor(async () => expect(await appointmentsOf('claimant')).toHaveLength(1));
    const [saved] = await appointmentsOf('claimant');
    expect(saved).toMatchObject({
      source: 'claimant',
      sharing: 'private',
      status: 'booked',
      how: 'inPerson',
      place: 'Riverside Surgery',
      withWhom: 'Dr Patel',
    });
    expect(new Date(saved!.at!).getHours()).toBe(9);
    expect(new Date(saved!.at!).getMinutes()).toBe(15);
    // It opens on its own page, marked as the person's own and private.
    expect(await screen.findByText(en.source.claimant)).toBeTruthy();
    expect(screen.getByText(en.own.privateNote)).toBeTruthy();
  });

  it('changes and cancels one (asked first), and never offers to change the coach’s', async () => {
    await db.appointments.clear();
    const at = new Date(Date.now() + 5 * 86_400_000);
    at.setHours(11, 0, 0, 0);
    const id = await repository.createRecord('appointment', {
      at: at.toISOString(),
      source: 'claimant',
      status: 'booked',
      sharing: 'private',
      withWhom: 'College',
    });
    await renderApp(`/appointments/${id}/edit`);
    const time = await screen.findByLabelText(en.form.time, { exact: false });
    await user.clear(time);
    await user.type(time, '14:00');
    await user.click(screen.getByRole('button', { name: en.form.save }));
    await waitFor(async () =>
      expect(new Date((await db.appointments.get(id))!.at!).getHours()).toBe(14),
    );
    expect((await db.appointments.get(id))!.status).toBe('changed');

    await renderApp(`/appointments/${id}/edit`);
    await user.click(await screen.findByRole('button', { name: en.form.cancelAppointment }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: en.form.confirmCancelYes }));
    await waitFor(async () => expect((await db.appointments.get(id))!.status).toBe('cancelled'));
    expect(await screen.findByText(en.status.cancelledOwnMeaning)).toBeTruthy();

    const coachId = crypto.randomUUID();
    await repository.saveFields('appointment', coachId, {
      at: at.toISOString(),
      source: 'coach',
      status: 'booked',
    });
    await renderApp(`/appointments/${coachId}/edit`);
    expect(await screen.findByText(en.form.coachOnly)).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.form.save })).toBeNull();
  });
});

describe('before your appointment', () => {
  it('saves each answer as given, marks it ready, shares it and prints it', async () => {
    await db.appointments.clear();
    await db.appointmentPacks.clear();
    const at = new Date(Date.now() + 2 * 86_400_000);
    const id = crypto.randomUUID();
    await repository.saveFields('appointment', id, {
      at: at.toISOString(),
      how: 'phone',
      source: 'coach',
      status: 'booked',
    });
    await renderApp(`/appointments/${id}`);
    const link = await screen.findByRole('link', { name: new RegExp(en.pack.linkTitle) });
    expect(screen.getByText(en.pack.state.notStarted)).toBeTruthy();
    await user.click(link);
    await screen.findByLabelText(en.pack.talkLabel);
    expect(screen.getByRole('heading', { level: 1, name: en.pack.title })).toBeTruthy();
    // Opening it writes nothing.
    expect(await db.appointmentPacks.count()).toBe(0);

    await user.click(screen.getByRole('checkbox', { name: en.pack.tasks.aboutMe }));
    await user.click(screen.getByRole('checkbox', { name: en.pack.topics.money }));
    await user.type(screen.getByLabelText(en.pack.talkLabel), 'The bus fare');
    await user.click(screen.getByRole('checkbox', { name: en.pack.easier.phoneInstead }));
    await user.click(screen.getByRole('radio', { name: /Share with my coach/ }));
    const packId = packIdFor(id);
    await waitFor(async () =>
      expect(await db.appointmentPacks.get(packId)).toMatchObject({
        appointmentId: id,
        ticked: ['aboutMe'],
        topics: ['money'],
        talkAbout: 'The bus fare',
        easier: ['phoneInstead'],
        sharing: 'shared',
        status: 'draft',
      }),
    );
    // Each change went to the outbox with it, for the coach once shared.
    const outbox = await db.outbox.where('recordId').equals(packId).toArray();
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox[0]!.fields).toMatchObject({ appointmentId: id });

    await user.click(screen.getByRole('button', { name: en.pack.markReady }));
    await waitFor(async () => expect((await db.appointmentPacks.get(packId))?.status).toBe('done'));
    expect((await db.appointmentPacks.get(packId))?.completedAt).toBeTruthy();
    // Back on the appointment: ready, and shared.
    expect(await screen.findByText(en.pack.state.ready)).toBeTruthy();
    expect(screen.getByText(en.pack.stateShared)).toBeTruthy();

    await renderApp(`/appointments/${id}/prepare/print`);
    await screen.findByText('The bus fare');
    expect(screen.getByRole('heading', { level: 1, name: en.pack.printHeading })).toBeTruthy();
    for (const text of [
      en.pack.tasks.aboutMe,
      en.pack.topics.money,
      'The bus fare',
      en.pack.easier.phoneInstead,
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: /Print/ })).toBeTruthy();
  });

  it('is not offered for the person’s own appointments', async () => {
    await db.appointments.clear();
    const id = await repository.createRecord('appointment', {
      at: new Date(Date.now() + 86_400_000).toISOString(),
      source: 'claimant',
      status: 'booked',
    });
    await renderApp(`/appointments/${id}`);
    await screen.findByText(en.source.claimant);
    expect(screen.queryByRole('link', { name: new RegExp(en.pack.linkTitle) })).toBeNull();
    await renderApp(`/appointments/${id}/prepare`);
    expect(await screen.findByText(en.detail.notFound)).toBeTruthy();
  });
});
