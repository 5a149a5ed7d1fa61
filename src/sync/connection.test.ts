// Pairing from the phone's side: codes typed any way, the token kept only on success, plain
// reasons for failure, and disconnecting that forgets the token but keeps everything else.
// Asking the server to delete everything it holds: the token and the confirmation are sent,
// and the answers map to plain reasons; the phone itself is not changed.
import { describe, expect, it } from 'vitest';
import { freshDb } from '../data/testDb';
import { createRepository } from '../data/repository';
import {
  askServerToDelete,
  connect,
  disconnect,
  looksLikeCode,
  normaliseCode,
  readConnection,
} from './connection';

const answer =
  (status: number, body: unknown = {}): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status });

describe('pairing codes', () => {
  it('accepts a code typed in any case, with spaces or without the dash', () => {
    expect(normaliseCode(' 7kqm 4xpd ')).toBe('7KQM4XPD');
    expect(looksLikeCode('7kqm-4xpd')).toBe(true);
    expect(looksLikeCode('7KQM4XPD')).toBe(true);
  });

  it('refuses codes of the wrong length or with look-alike characters', () => {
    expect(looksLikeCode('7KQM-4XP')).toBe(false);
    expect(looksLikeCode('OKQM-4XPD')).toBe(false);
    expect(looksLikeCode('1KQM-4XPD')).toBe(false);
    expect(looksLikeCode('')).toBe(false);
  });
});

describe('connect and disconnect', () => {
  it('keeps the device id and token when the server accepts the code', async () => {
    const db = freshDb();
    let sent: unknown;
    const fetchImpl: typeof fetch = async (_url, init) => {
      sent = JSON.parse(String(init?.body));
      return new Response(JSON.stringify({ deviceId: 'd-1', deviceToken: 't-1' }), { status: 201 });
    };
    expect(await connect('7kqm 4xpd', db, fetchImpl, () => 1000)).toEqual({ ok: true });
    expect(sent).toEqual({ code: '7KQM-4XPD' });
    expect(await readConnection(db)).toEqual({ deviceId: 'd-1', token: 't-1', pairedAt: 1000 });
  });

  it.each([
    [400, 'invalid'],
    [410, 'expired'],
    [429, 'busy'],
    [503, 'server'],
  ] as const)('answers %i as %s and keeps nothing', async (status, reason) => {
    const db = freshDb();
    expect(await connect('7KQM-4XPD', db, answer(status))).toEqual({ ok: false, reason });
    expect(await readConnection(db)).toBeUndefined();
  });

  it('says offline when the request cannot be made', async () => {
    const db = freshDb();
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await connect('7KQM-4XPD', db, offline)).toEqual({ ok: false, reason: 'offline' });
  });

  it('disconnects: revokes on the server, forgets the token, keeps every record', async () => {
    const db = freshDb();
    await connect('7KQM-4XPD', db, answer(201, { deviceId: 'd-1', deviceToken: 't-1' }));
    const id = await createRepository(db).createRecord('aboutMe', { enjoy: 'Music' });
    let revoked = '';
    const result = await disconnect(db, async (url) => {
      revoked = String(url);
      return new Response('{}', { status: 200 });
    });
    expect(result).toEqual({ revokedOnServer: true });
    expect(revoked).toBe('/api/devices/d-1/revoke');
    expect(await readConnection(db)).toBeUndefined();
    expect((await db.aboutMe.get(id))?.enjoy).toBe('Music');
  });
});

describe('asking the server to delete everything it holds', () => {
  it('sends the confirmation with the device token and changes nothing on the phone', async () => {
    const db = freshDb();
    await connect('7KQM-4XPD', db, answer(201, { deviceId: 'd-1', deviceToken: 't-1' }));
    const id = await createRepository(db).createRecord('aboutMe', { enjoy: 'Music' });
    let sent: { url: string; init: RequestInit | undefined } | undefined;
    const result = await askServerToDelete(db, async (url, init) => {
      sent = { url: String(url), init };
      return new Response(JSON.stringify({ deleted: true }), { status: 200 });
    });
    expect(result).toEqual({ ok: true });
    expect(sent?.url).toBe('/api/me/delete');
    expect(sent?.init?.method).toBe('POST');
    expect(new Headers(sent?.init?.headers).get('authorization')).toBe('Bearer t-1');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({ confirm: 'deleteEverything' });
    expect(await readConnection(db)).toMatchObject({ token: 't-1' });
    expect((await db.aboutMe.get(id))?.enjoy).toBe('Music');
  });

  it.each([
    [401, 'notConnected'],
    [429, 'busy'],
    [400, 'server'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('answers %i as %s', async (status, reason) => {
    const db = freshDb();
    await connect('7KQM-4XPD', db, answer(201, { deviceId: 'd-1', deviceToken: 't-1' }));
    expect(await askServerToDelete(db, answer(status))).toEqual({ ok: false, reason });
    expect(await readConnection(db)).toMatchObject({ token: 't-1' });
  });

  it('says offline when the request cannot be made, and not connected without a token', async () => {
    const db = freshDb();
    let called = false;
    const offline: typeof fetch = async () => {
      called = true;
      throw new TypeError('Failed to fetch');
    };
    expect(await askServerToDelete(db, offline)).toEqual({ ok: false, reason: 'notConnected' });
    expect(called).toBe(false);
    await connect('7KQM-4XPD', db, answer(201, { deviceId: 'd-1', deviceToken: 't-1' }));
    expect(await askServerToDelete(db, offline)).toEqual({ ok: false, reason: 'offline' });
  });
});
