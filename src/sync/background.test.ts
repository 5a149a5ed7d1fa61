// Asking for Background Sync: the tag is registered where the browser has it, and nothing
// fails where it does not.
import { describe, expect, it, vi } from 'vitest';
import { SYNC_TAG, requestBackgroundSync } from './background';

type Container = Parameters<typeof requestBackgroundSync>[0];

function container(registration: unknown): Container {
  return { getRegistration: vi.fn(async () => registration) } as unknown as Container;
}

describe('requestBackgroundSync', () => {
  it('registers the waymark-sync tag with an active service worker', async () => {
    const register = vi.fn(async () => undefined);
    const ok = await requestBackgroundSync(container({ active: {}, sync: { register } }));
    expect(ok).toBe(true);
    expect(register).toHaveBeenCalledWith(SYNC_TAG);
  });

  it('answers false, without throwing, where it cannot', async () => {
    expect(await requestBackgroundSync(undefined)).toBe(false);
    expect(await requestBackgroundSync(container(undefined))).toBe(false);
    expect(await requestBackgroundSync(container({ active: {} }))).toBe(false);
    const refused = vi.fn(async () => {
      throw new DOMException('Permission denied', 'NotAllowedError');
    });
    expect(
      await requestBackgroundSync(container({ active: {}, sync: { register: refused } })),
    ).toBe(false);
  });
});
