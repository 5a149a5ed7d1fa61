/**
 * Book, change or cancel an appointment. A change of date or time marks it "changed" so the
 * claimant's phone says so plainly; cancelling asks first and keeps it listed as cancelled.
 * Saved when the coach presses Save (online-only); only changed fields are sent.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ConfirmDialog,
  ErrorSummary,
  Link,
  PageHeading,
  TextArea,
  useNotify,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type { DateParts } from '../../domain/dates';
import type { Appointment, FieldsByKind } from '../../domain/records';
import { AppointmentFields } from '../../features/appointments/AppointmentFields';
import {
  appointmentInstant,
  appointmentTimeErrors,
  changedAppointmentFields,
  partsFromInstant,
} from '../../domain/appointmentTime';
import { useJournal } from '../journal/JournalContext';
import { problemMessage } from '../problems';
import { claimantPath } from '../routes';
import { ClaimantFrame } from './ClaimantPage';
import { AppointmentFacts } from './claimant/AppointmentFacts';

type AppointmentFields = FieldsByKind['appointment'];

export function AppointmentFormPage({ appointmentId }: { appointmentId: string | null }) {
  return (
    <ClaimantFrame>
      <AppointmentFormLoaded appointmentId={appointmentId} />
    </ClaimantFrame>
  );
}

function AppointmentFormLoaded({ appointmentId }: { appointmentId: string | null }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const journal = useJournal();
  const appointment = appointmentId
    ? journal.records.appointment.find((a) => a.id === appointmentId)
    : null;
  const title = appointmentId
    ? t('coach.appointments.editTitle')
    : t('coach.appointments.newTitle');
  usePageTitle(`${title}: ${journal.claimant?.label ?? ''}`);
  return (
    <div className="page">
      <p>
        <Link href={claimantPath(journal.claimantId, 'appointments')} variant="back">
          {t('coach.tabs.appointments')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={journal.claimant?.label}>
        {title}
      </PageHeading>
      {appointment === undefined ? (
        <p>{t('coach.appointments.missing')}</p>
      ) : appointment?.source === 'claimant' ? (
        <>
          <p>{t('coach.appointments.claimantMade')}</p>
          <AppointmentFacts appointment={appointment} />
        </>
      ) : (
        <AppointmentForm appointment={appointment} />
      )}
    </div>
  );
}

function AppointmentForm({ appointment }: { appointment: Appointment | null }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { notify } = useNotify();
  const journal = useJournal();
  const initial = partsFromInstant(appointment?.at);
  const [date, setDate] = useState<DateParts>(initial.date);
  const [time, setTime] = useState(initial.time);
  const [how, setHow] = useState<Appointment['how']>(appointment?.how ?? null);
  const [place, setPlace] = useState(appointment?.place ?? '');
  const [withWhom, setWithWhom] = useState(appointment?.withWhom ?? '');
  const [prepare, setPrepare] = useState(appointment?.prepare ?? '');
  const [notes, setNotes] = useState(appointment?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const back = claimantPath(journal.claimantId, 'appointments');

  const write = async (fields: AppointmentFields, message: string) => {
    setBusy(true);
    try {
      const id = appointment?.id ?? crypto.randomUUID();
      if (Object.keys(fields).length > 0) await journal.write('appointment', id, fields);
      notify(message, { tone: 'success' });
      navigate(back);
    } catch (error) {
      setErrors([{ fieldId: 'appointment-date', message: problemMessage(t, error) }]);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (busy) return;
    const found: FieldErrorItem[] = appointmentTimeErrors(date, time).map(({ field, error }) => ({
      fieldId: `appointment-${field}`,
      message: t(`coach.appointments.errors.${error}`),
    }));
    setErrors(found);
    const at = appointmentInstant(date, time);
    if (found.length > 0 || !at) return;
    const fields: AppointmentFields = {
      at,
      how,
      place: how === 'inPerson' ? place : '',
      withWhom,
      prepare,
      notes,
    };
    if (!appointment) {
      await write(
        { ...fields, source: 'coach', status: 'booked', adjustments: [] },
        t('coach.appointments.booked'),
      );
      return;
    }
    const changed = changedAppointmentFields(appointment, fields);
    await write(changed as AppointmentFields, t('coach.appointments.saved'));
  };

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary title={t('coach.errorTitle')} errors={errors} />
        {appointment?.status === 'cancelled' ? <p>{t('coach.appointments.isCancelled')}</p> : null}
        <AppointmentFields
          words={{
            date: t('coach.appointments.date'),
            dateHint: t('coach.appointments.dateHint'),
            time: t('coach.appointments.time'),
            timeHint: t('coach.appointments.timeHint'),
            how: t('coach.appointments.how'),
            howOption: (value) => t(`coach.appointments.howOptions.${value}`),
            place: t('coach.appointments.place'),
            placeHint: t('coach.appointments.placeHint'),
            withWhom: t('coach.appointments.withWhom'),
            withWhomHint: t('coach.appointments.withWhomHint'),
          }}
          date={date}
          onDate={setDate}
          time={time}
          onTime={setTime}
          how={how}
          onHow={setHow}
          place={place}
          onPlace={setPlace}
          withWhom={withWhom}
          onWithWhom={setWithWhom}
          errorFor={errorFor}
        />
        <TextArea
          id="appointment-prepare"
          label={t('coach.appointments.prepare')}
          hint={t('coach.appointments.prepareHint')}
          value={prepare}
          onChange={setPrepare}
        />
        <TextArea
          id="appointment-notes"
          label={t('coach.appointments.notes')}
          hint={t('coach.appointments.notesHint')}
          value={notes}
          onChange={setNotes}
        />
        {appointment?.adjustments?.length ? (
          <p>{t('coach.appointments.askedFor', { list: appointment.adjustments.join(', ') })}</p>
        ) : null}
        <ButtonGroup>
          <Button type="submit" isPending={busy}>
            {appointment ? t('coach.appointments.save') : t('coach.appointments.book')}
          </Button>
          {appointment && appointment.status !== 'cancelled' ? (
            <Button variant="warning" onPress={() => setConfirmCancel(true)}>
              {t('coach.appointments.cancelAppointment')}
            </Button>
          ) : null}
          <Link href={back} variant="button" buttonVariant="secondary">
            {t('coach.cancel')}
          </Link>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        title={t('coach.appointments.confirmCancelTitle')}
        body={t('coach.appointments.confirmCancelBody')}
        confirmLabel={t('coach.appointments.confirmCancelYes')}
        cancelLabel={t('coach.appointments.confirmCancelNo')}
        isOpen={confirmCancel}
        onOpenChange={setConfirmCancel}
        onConfirm={() => void write({ status: 'cancelled' }, t('coach.appointments.cancelled'))}
      />
    </>
  );
}
