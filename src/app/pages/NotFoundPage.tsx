// A calm "page not found" with a way back to the task list.
import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../navigation';

export default function NotFoundPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('common.notFound.title'));
  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('common.notFound.title')}</PageHeading>
      <p>{t('common.notFound.body')}</p>
      <p>
        <Link href="/">{t('common.notFound.home')}</Link>
      </p>
    </div>
  );
}
