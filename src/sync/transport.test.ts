// The HTTP transport: the request it sends, and how server answers become SyncError kinds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_TIMEOUT_MS, httpTransport } from './transport';

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

  describe('a stalled connection', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** A fetch that never answers; it gives up only when its signal is aborted. */
    const stalled =
      (seen: { signal?: AbortSignal }): typeof fetch =>
      (_url, init) =>
        new Promise<Response>((_, reject) => {
          seen.signal = init?.signal ?? undefined;
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted.', 'AbortError')),
          );
        });

    it(`gives up after ${SYNC_TIMEOUT_MS / 1000} s as offline, aborting the request`, async () => {
      vi.useFakeTimers();
      const seen: { signal?: AbortSignal } = {};
      const sending = httpTransport('', stalled(seen)).send(request, 'tok');
      const outcome = sending.then(
        () => 'answered',
        (error: unknown) => error,
      );
      await vi.advanceTimersByTimeAsync(SYNC_TIMEOUT_MS - 1);
      expect(seen.signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(seen.signal?.aborted).toBe(true);
      expect(await outcome).toMatchObject({ kind: 'offline', retryable: true });
    });

    it('gives up even when the fetch does not heed the signal', async () => {
      const transport = httpTransport('', () => new Promise<Response>(() => {}), {
        timeoutMs: 20,
      });
      await expect(transport.send(request, 'tok')).rejects.toMatchObject({
        kind: 'offline',
        message: 'The server took too long to answer.',
      });
    });

    it('gives up on an answer whose body stops arriving', async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"acked":['));
        },
      });
      const transport = httpTransport('', async () => new Response(body, { status: 200 }), {
        timeoutMs: 20,
      });
      await expect(transport.send(request, 'tok')).rejects.toMatchObject({ kind: 'offline' });
    });

    it('leaves a quick answer alone', async () => {
      vi.useFakeTimers();
      const transport = httpTransport('', answering(200, { acked: [], changes: [], cursor: '' }));
      expect(await transport.send(request, 'tok')).toEqual({ acked: [], changes: [], cursor: '' });
      // No timer is left behind to fire later.
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
