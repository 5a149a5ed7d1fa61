/**
 * The "Before your appointment" pack as one page to print or save as a PDF and take along
 * (/appointments/<id>/prepare/print): when and how, what the person has done, what they want to
 * talk about in their own words, and what would make it easier. Only what they wrote; nothing
 * is sent anywhere from here.
 */
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, SummaryList } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useRecord } from '../../data/liveRecords';
import { dateTimeInWords } from '../journal/dateTimeWords';
import { PrintButton } from '../workbook/PrintButton';
import { packPath } from './pack';
import { usePack } from './usePack';
import { packRows } from './packRows';
import './appointments.css';

export default function PackPrintPage({ id: appointmentId }: { id: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const appointment = useRecord('appointment', appointmentId);
  const { pack } = usePack(appointmentId);
  const when = appointment?.at ? dateTimeInWords(appointment.at, t) : undefined;
  const title = t('appointments.pack.printHeading');
  usePageTitle(when ? `${title}: ${when}` : title);
  const how = appointment?.how
    ? appointment.how === 'inPerson' && appointment.place?.trim()
      ? `${t('appointments.how.inPerson')}: ${appointment.place}`
      : t(`appointments.how.${appointment.how}`)
    : undefined;
  return (
    <div className="page pack-print">
      <p data-print="hide">
        <Link href={packPath(appointmentId)} variant="back">
          {t('appointments.pack.printEdit')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={t('appointments.pack.title')}>
        {title}
      </PageHeading>
      {appointment === undefined || pack === undefined ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : !appointment || !when ? (
        <p>{t('appointments.detail.notFound')}</p>
      ) : (
        <>
          <p className="lead">
            {t('appointments.pack.printFor', { when })}
            {how ? ` (${how})` : ''}
          </p>
          <SummaryList rows={packRows(pack, t)} />
          <PrintButton />
        </>
      )}
    </div>
  );
}
