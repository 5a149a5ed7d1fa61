// The home page the build writes into index.html (prerender.tsx) is exactly what the app's first
// render produces in English at "/", so React hydrates it with no mismatch (React's development
// build reports any difference in text or attributes) and then fills in the task statuses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act, waitFor } from '@testing-library/react';
import { App } from './App';
import { renderHome } from './prerender';
import { initI18n } from '../i18n/i18n';
import { browserHistory } from './router';
import { repository } from '../data/repository';

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
  vi.restoreAllMocks();
});

/** Hydrates the prerendered home as main.tsx does; returns what React complained about. */
async function hydrateHome(language: 'en' | 'cy') {
  const html = await renderHome();
  container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = html;
  document.body.append(container);
  window.history.replaceState(null, '', '/');
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const recovered: unknown[] = [];
  const i18n = await initI18n(language);
  const started = vi.fn();
  await act(async () => {
    root = hydrateRoot(
      container!,
      <StrictMode>
        <App i18n={i18n} history={browserHistory()} onStarted={started} />
      </StrictMode>,
      { onRecoverableError: (error) => recovered.push(error) },
    );
  });
  return { html, logged, recovered, started };
}

describe('the prerendered home page', () => {
  it('has the header, headings and task list in its HTML', async () => {
    const html = await renderHome();
    expect(html).toContain('Need help now?');
    expect(html).toContain('<h1 tabindex="-1" class="page-heading">Your workbook</h1>');
    expect(html).toContain('<h2>Parts of your workbook</h2>');
    for (const title of ['About Me', 'My 4 Steps', 'Action plan', 'My check-ins']) {
      expect(html).toContain(`>${title}</a>`);
    }
    expect(html).not.toContain('Yn ');
  });

  it('hydrates in English with no mismatch, then shows the statuses from this phone', async () => {
    await repository.createRecord('aboutMe', { enjoy: 'Gardening' });
    const { logged, recovered, started } = await hydrateHome('en');
    expect(recovered).toEqual([]);
    expect(logged.mock.calls).toEqual([]);
    expect(started).toHaveBeenCalled();
    await waitFor(() => expect(container!.textContent).toContain('In progress'));
    expect(container!.querySelector('.task-list__status--pending')).toBeNull();
    expect(container!.textContent).toContain('You have finished 0 of 6 parts.');
  });

  it('would not match a Welsh first render (which is why main.tsx renders Welsh afresh)', async () => {
    const { logged, recovered } = await hydrateHome('cy');
    expect(recovered.length + logged.mock.calls.length).toBeGreaterThan(0);
  });
});
