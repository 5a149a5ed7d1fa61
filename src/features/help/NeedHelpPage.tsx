/**
 * "Need help now?": crisis contacts, reachable from every screen. Phone numbers are real links
 * (tel: and sms:) so one tap calls. Says plainly that nobody watches Waymark in real time.
 */
import { useTranslation } from 'react-i18next';
import { Callout, Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import './NeedHelpPage.css';

const CONTACTS = [
  { id: 'emergency', href: 'tel:999' },
  { id: 'samaritans', href: 'tel:116123' },
  { id: 'nhs111', href: 'tel:111' },
  { id: 'shout', href: 'sms:85258?body=SHOUT' },
] as const;

export default function NeedHelpPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('help.title'));
  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('help.title')}</PageHeading>
      <p className="lead">{t('help.intro')}</p>
      {CONTACTS.map(({ id, href }) => (
        <section key={id} className="help-contact" aria-labelledby={`help-${id}`}>
          <h2 id={`help-${id}`}>{t(`help.${id}.title`)}</h2>
          <p>{t(`help.${id}.body`)}</p>
          <p>
            <Link href={href} variant="button">
              {t(`help.${id}.call`)}
            </Link>
          </p>
          {id === 'samaritans' && (
            <>
              <p>{t('help.samaritans.welshBody')}</p>
              <p>
                <Link href="tel:08081640123" variant="button">
                  {t('help.samaritans.welshCall')}
                </Link>
              </p>
            </>
          )}
        </section>
      ))}
      <Callout>{t('help.notMonitored')}</Callout>
    </div>
  );
}
