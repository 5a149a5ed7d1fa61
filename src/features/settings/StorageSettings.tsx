/**
 * "Keep my data on this phone": asks the browser for persistent storage and says what it
 * answered, and how much space Waymark uses and has left, rounded to plain units.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { getStorageEstimate, isPersisted, requestPersistentStorage } from '../../data/storage';

type Persistence = 'unknown' | 'checking' | 'granted' | 'denied' | 'unsupported';

export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

export function StorageSettings() {
  const { t, i18n } = useTranslation();
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>();

  useEffect(() => {
    let live = true;
    void isPersisted().then((persisted) => {
      if (live && persisted) setPersistence('granted');
    });
    void getStorageEstimate().then((value) => {
      if (live) setEstimate(value ?? null);
    });
    return () => {
      live = false;
    };
  }, [persistence]);

  const ask = async () => {
    setPersistence('checking');
    setPersistence(await requestPersistentStorage());
  };

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('settings.storage.heading')}</h2>
      <p>{t('settings.storage.explain')}</p>
      {persistence !== 'granted' && (
        <Button onPress={() => void ask()} isPending={persistence === 'checking'}>
          {t('settings.storage.button')}
        </Button>
      )}
      <div role="status">
        {persistence === 'checking' && <p>{t('settings.storage.checking')}</p>}
        {persistence === 'granted' && <p>{t('settings.storage.granted')}</p>}
        {persistence === 'denied' && <p>{t('settings.storage.denied')}</p>}
        {persistence === 'unsupported' && <p>{t('settings.storage.unsupported')}</p>}
      </div>
      {estimate !== undefined && (
        <p>
          {estimate
            ? t('settings.storage.usage', {
                used: formatBytes(estimate.usage, i18n.language),
                available: formatBytes(Math.max(0, estimate.quota - estimate.usage), i18n.language),
              })
            : t('settings.storage.usageUnknown')}
        </p>
      )}
    </section>
  );
}
