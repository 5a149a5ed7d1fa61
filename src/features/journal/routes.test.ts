// The journal's paths: the messages, the appointments, one appointment and its pages go to the
// journal page, which shows "page not found" for anything it does not know.
import { describe, expect, it } from 'vitest';
import { journalRoutes } from './routes';
import JournalPage from './JournalPage';

describe('journalRoutes', () => {
  it('matches the messages, the appointments and the pages of one appointment', () => {
    expect(journalRoutes('/messages')?.props).toEqual({
      section: 'messages',
      id: undefined,
      more: '',
    });
    expect(journalRoutes('/appointments')?.props).toEqual({
      section: 'appointments',
      id: undefined,
      more: '',
    });
    const id = crypto.randomUUID();
    expect(journalRoutes(`/appointments/${id}`)?.props).toEqual({
      section: 'appointments',
      id,
      more: '',
    });
    expect(journalRoutes(`/appointments/${id}/prepare/print`)?.props).toEqual({
      section: 'appointments',
      id,
      more: 'prepare/print',
    });
  });

  it('leaves other paths alone', () => {
    for (const path of ['/', '/message', '/settings', '/messagesx']) {
      expect(journalRoutes(path), path).toBeUndefined();
    }
  });

  it('picks a page for each known path and "page not found" for the rest', () => {
    const notFound = (JournalPage({ section: 'messages', id: 'x' }) as { type: unknown }).type;
    const page = (section: string, id?: string, more?: string) =>
      (JournalPage({ section, id, more }) as { type: unknown }).type;
    const id = crypto.randomUUID();
    const known = [
      page('appointments'),
      page('appointments', 'new'),
      page('appointments', id),
      page('appointments', id, 'edit'),
      page('appointments', id, 'prepare'),
      page('appointments', id, 'prepare/print'),
    ];
    for (const type of known) expect(type).not.toBe(notFound);
    for (const [section, badId, more] of [
      ['appointments', 'not-a-uuid', ''],
      ['appointments', id, 'nowhere'],
      ['appointments', 'new', 'edit'],
      ['appointments', '', 'x'],
      ['messages', id, ''],
    ] as const) {
      expect(page(section, badId, more), `${section}/${badId}/${more}`).toBe(notFound);
    }
  });
});
