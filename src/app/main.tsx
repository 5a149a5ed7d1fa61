/**
 * The claimant app's entry: text size and language before the first paint, then React.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import { App } from './App';
import { initI18n } from '../i18n/i18n';
import { applyTextSize } from './textSize';
import { browserHistory } from './router';
import { hasUnsaved } from '../data/unsavedFlag';

/**
 * If the last visit ended before a change reached IndexedDB (a reload or closed tab within the
 * autosave delay), write it first, so every page opens with it (data/unsavedBackup.ts).
 */
async function recoverBeforeFirstPaint(): Promise<void> {
  if (!hasUnsaved()) return;
  try {
    const { recoverUnsavedChanges } = await import('../data/unsavedBackup');
    await recoverUnsavedChanges();
  } catch (error) {
    console.error('Could not recover unsaved changes', error);
  }
}

applyTextSize();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void Promise.all([initI18n(), recoverBeforeFirstPaint()]).then(([i18n]) => {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} history={browserHistory()} />
    </StrictMode>,
  );
});
