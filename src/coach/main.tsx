/**
 * The coach console's entry (coach.html, served at /coach): the same styles, components and
 * languages as the claimant app, its own strings, and a check of the session before the first
 * screen. Online-only: no service worker, no IndexedDB.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import { browserHistory } from '../app/router';
import { CoachApp } from './CoachApp';
import { initCoachI18n } from './i18n';
import { checkSession } from './session';

const root = document.getElementById('root');
if (!root) throw new Error('coach.html has no #root element');

void Promise.all([initCoachI18n(), checkSession()]).then(([i18n]) => {
  createRoot(root).render(
    <StrictMode>
      <CoachApp i18n={i18n} history={browserHistory()} />
    </StrictMode>,
  );
});
