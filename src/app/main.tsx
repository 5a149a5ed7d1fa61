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

applyTextSize();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} history={browserHistory()} />
    </StrictMode>,
  );
});
