/** An address under /coach that is not a console page. */
import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../ui';
import { usePageTitle } from '../../app/navigation';
import { COACH_HOME } from '../routes';

export function CoachNotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('coach.notFound.title'));
  return (
    <div className="page">
      <PageHeading focusOnMount>{t('coach.notFound.title')}</PageHeading>
      <p>{t('coach.notFound.body')}</p>
      <p>
        <Link href={COACH_HOME}>{t('coach.notFound.link')}</Link>
      </p>
    </div>
  );
}
