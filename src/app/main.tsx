/**
 * The claimant app's entry: text size and language, then React.
 *
 * The built index.html already holds the home page in English (app/prerender.tsx). On "/" in
 * English React hydrates it (takes it over as it is); on any other path or language it is
 * replaced by the right page (hidden until then, but for an English deep link's header:
 * app/prerenderGate.ts).
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import { App } from './App';
import { initI18n } from '../i18n/i18n';
import { initialLanguage } from '../i18n/languages';
import { HIDE_PRERENDERED_ATTRIBUTE, PRERENDERED_ATTRIBUTE } from './prerenderGate';
import { applyTextSize } from './textSize';
import { browserHistory } from './router';
import { hasUnsaved } from '../data/unsavedFlag';
import { lockIsSet } from '../data/lock/lockFlag';

/**
 * If the last visit ended before a change reached IndexedDB (a reload or closed tab within the
 * autosave delay), write it first, so every page opens with it (data/unsavedBackup.ts).
 */
async function recoverBeforeFirstPaint(): Promise<void> {
  // With a PIN the copies are sealed: unlocking writes them back (features/lock/lockApp.ts).
  if (!hasUnsaved() || lockIsSet()) return;
  try {
    const { recoverUnsavedChanges } = await import('../data/unsavedBackup');
    await recoverUnsavedChanges();
  } catch (error) {
    console.error('Could not recover unsaved changes', error);
  }
}

/** The page's inline script may load this module while the page is still being parsed. */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

applyTextSize();
const language = initialLanguage();

void Promise.all([initI18n(language), recoverBeforeFirstPaint(), parsed()]).then(([i18n]) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const prerendered = root.hasAttribute(PRERENDERED_ATTRIBUTE);
  // With a PIN set the lock screen shows first, so the prerendered home is replaced.
  const hydrate =
    prerendered && window.location.pathname === '/' && language === 'en' && !lockIsSet();
  /** Once the app is live, #root no longer holds build-time HTML (and tests can tell). */
  const started = () => root.removeAttribute(PRERENDERED_ATTRIBUTE);

  // Appointment reminder notifications, when the person turned them on in settings (the key is
  // features/appointments/reminderNotifications.ts REMINDER_SETTING_KEY): loaded after paint.
  let remind = false;
  try {
    remind = localStorage.getItem('waymark.reminderNotifications') === 'on';
  } catch {
    // Storage blocked: no notifications (the home page still reminds).
  }
  if (remind) {
    setTimeout(() => {
      void import('../features/appointments/reminderWatch').then((m) => m.startReminderWatch(i18n));
    });
  }
  const app = (
    <StrictMode>
      <App i18n={i18n} history={browserHistory()} onStarted={started} />
    </StrictMode>
  );
  if (hydrate) {
    hydrateRoot(root, app);
  } else {
    if (prerendered) {
      // What the gate hid goes now; a header it left showing (an English deep link) stays until
      // React's first commit replaces #root's content in one step, so it never blinks.
      const keepHeader =
        document.documentElement.getAttribute(HIDE_PRERENDERED_ATTRIBUTE) === 'page';
      for (const child of [...root.children]) {
        if (!keepHeader || !child.matches('.skip-link, .app-header')) child.remove();
      }
      started();
    }
    createRoot(root).render(app);
  }
});
