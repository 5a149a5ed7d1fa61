// What a person sees if a page crashes: calm words, their work is safe, and a way to reload.
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';

export function CrashMessage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading focusOnMount>{t('common.crash.title')}</PageHeading>
      <p>{t('common.crash.body')}</p>
      <Button onPress={() => window.location.reload()}>{t('common.crash.reload')}</Button>
    </div>
  );
}
