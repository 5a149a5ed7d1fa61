/**
 * "A new version is ready — Reload": shown when a new service worker is waiting. It is a polite
 * region, not a modal, so it never interrupts someone typing; they reload when they choose.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { ButtonGroup } from '../ui/ButtonGroup';
import { useServiceWorkerUpdate } from './serviceWorkerUpdates';
import './UpdatePrompt.css';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateReady, reload, dismiss } = useServiceWorkerUpdate();
  return (
    <div role="status" aria-live="polite" className="update-prompt-region" data-print="hide">
      {updateReady && (
        <section className="update-prompt" aria-labelledby="update-prompt-title">
          <p id="update-prompt-title" className="update-prompt__title">
            {t('common.update.ready')}
          </p>
          <p>{t('common.update.explain')}</p>
          <ButtonGroup>
            <Button onPress={reload}>{t('common.update.reload')}</Button>
            <Button variant="secondary" onPress={dismiss}>
              {t('common.update.later')}
            </Button>
          </ButtonGroup>
        </section>
      )}
    </div>
  );
}
