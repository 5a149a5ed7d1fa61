/**
 * When another tab opens a newer version of the local database, this tab's connection is closed
 * (so the upgrade never deadlocks) and the person is asked to reload. Saved data is safe.
 * The dialog's code loads only when it is needed, keeping the first screen light.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { onVersionChange } from '../data/versionSignal';

const Dialog = lazy(() => import('../ui/Dialog').then((module) => ({ default: module.Dialog })));

export function VersionChangeNotice() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => onVersionChange(() => setOpen(true)), []);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <Dialog
        isOpen
        onOpenChange={setOpen}
        title={t('common.versionChange.title')}
        isDismissable={false}
      >
        <p>{t('common.versionChange.body')}</p>
        <Button onPress={() => window.location.reload()}>{t('common.versionChange.reload')}</Button>
      </Dialog>
    </Suspense>
  );
}
