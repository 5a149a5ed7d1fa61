// The HTTP transport: the request it sends, and how server answers become SyncError kinds.
import { describe, expect, it } from 'vitest';
import { httpTransport } from './transport';

const request = { deviceId: crypto.randomUUID(), since: '', mutations: [] };

function answering(status: number, body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status });
}

describe('httpTransport', () => {
  it('posts JSON with the device token and returns the body', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const transport = httpTransport('', async (url, init) => {
      seen = { url: String(url), init: init ?? {} };
      return new Response(JSON.stringify({ acked: [], changes: [], cursor: '3' }));
    });
    expect(await transport.send(request, 'tok')).toEqual({ acked: [], changes: [], cursor: '3' });
    expect(seen?.url).toBe('/api/sync');
    expect(seen?.init.method).toBe('POST');
    expect((seen?.init.headers as Record<string, string>).authorization).toBe('Bearer tok');
    expect(JSON.parse(String(seen?.init.body))).toEqual(request);
  });

  it.each([
    [401, 'unauthorized', false],
    [403, 'unauthorized', false],
    [400, 'rejected', false],
    [413, 'rejected', false],
    [429, 'server', true],
    [503, 'server', true],
  ])('maps %i to %s (retryable: %s)', async (status, kind, retryable) => {
    const transport = httpTransport(
      '',
      answering(status, { error: { code: 'x', message: 'Plain words' } }),
    );
    await expect(transport.send(request, 'tok')).rejects.toMatchObject({
      kind,
      retryable,
      message: expect.any(String),
    });
  });

  it('treats a failed fetch as offline', async () => {
    const transport = httpTransport('', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(transport.send(request, 'tok')).rejects.toMatchObject({
      kind: 'offline',
      retryable: true,
    });
  });
});
