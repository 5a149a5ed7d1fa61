// The build's list of which page each address opens (for the deep-link preloads) must agree
// with the router: at every example address the router's page is the listed module's.
import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes';
import { ROUTE_CHUNKS } from './routeChunks';

/** Every page module, loaded on demand, by its path from the project root. */
const modules = import.meta.glob<{ default: unknown }>('../**/*.{ts,tsx}');
const byRootPath = new Map(
  Object.entries(modules).map(([path, load]) => [path.replace(/^\.\.\//, 'src/'), load]),
);

/** What a React.lazy component loads: its module's default export. */
async function lazyTarget(component: unknown): Promise<unknown> {
  const payload = (component as { _payload?: { _status: number; _result: unknown } })._payload;
  if (!payload) throw new Error('Not a lazily loaded page');
  const result =
    typeof payload._result === 'function'
      ? await (payload._result as () => Promise<{ default: unknown }>)()
      : payload._result;
  return (result as { default: unknown }).default;
}

describe('ROUTE_CHUNKS', () => {
  it.each(ROUTE_CHUNKS)('$example opens $page', async ({ prefix, page, example }) => {
    expect(example.startsWith(prefix)).toBe(true);
    const load = byRootPath.get(page);
    expect(load, `${page} is not a module`).toBeDefined();
    const { Page } = matchRoute(example);
    expect(await lazyTarget(Page)).toBe((await load!()).default);
  });
});
