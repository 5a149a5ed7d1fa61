// The journal's paths: the messages, the appointments and one appointment go to the journal
// page; anything deeper is left to the rest of the app ("page not found").
import { describe, expect, it } from 'vitest';
import { journalRoutes } from './routes';
import { matchRoute } from '../../app/routes';

describe('journalRoutes', () => {
  it('matches the messages, the appointments and one appointment', () => {
    expect(journalRoutes('/messages')?.props).toEqual({ section: 'messages', id: undefined });
    expect(journalRoutes('/appointments')?.props).toEqual({
      section: 'appointments',
      id: undefined,
    });
    const id = crypto.randomUUID();
    expect(journalRoutes(`/appointments/${id}`)?.props).toEqual({ section: 'appointments', id });
  });

  it('leaves other paths alone', () => {
    for (const path of ['/', '/message', '/appointments/a/b', '/settings', '/messagesx']) {
      expect(journalRoutes(path), path).toBeUndefined();
    }
    expect(matchRoute('/appointments/a/b').Page).toBe(matchRoute('/nowhere').Page);
  });
});
