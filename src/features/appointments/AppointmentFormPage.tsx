/**
 * Add or change an appointment of the person's own (/appointments/new, /appointments/<id>/edit):
 * a course, a GP visit, a meeting with another service. Date and time (checked, with an error
 * summary that takes focus), how it happens (and where, in person), who with, notes, and who
 * can see it (private to this phone unless shared). Saved on this phone when the person presses
 * Save (record and outbox in one transaction), so it works with no signal. Cancelling asks
 * first and keeps it listed as cancelled. The work coach's appointments are theirs to change:
 * for one of those this page says so.
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
  Radio,
  RadioGroup,
  TextArea,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useRecord } from '../../data/liveRecords';
import { repository } from '../../data/repository';
import type { DateParts } from '../../domain/dates';
import {
  appointmentInstant,
  appointmentTimeErrors,
  changedAppointmentFields,
  partsFromInstant,
} from '../../domain/appointmentTime';
import { LONG_TEXT, SHORT_TEXT } from '../../domain/recordKinds';
import type { Appointment, FieldsByKind, Sharing } from '../../domain/records';
import { AppointmentFields } from './AppointmentFields';
import { APPOINTMENTS_PATH, appointmentPath } from './paths';
import './appointments.css';

export default function AppointmentFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const existing = useRecord('appointment', id);
  const title = id ? t('appointments.form.editTitle') : t('appointments.form.newTitle');
  usePageTitle(title);
  return (
    <div className="page">
      <p>
        <Link href={id ? appointmentPath(id) : APPOINTMENTS_PATH} variant="back">
          {t('appointments.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{title}</PageHeading>
      {existing === undefined ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : id && existing === null ? (
        <p>{t('appointments.detail.notFound')}</p>
      ) : existing && existing.source !== 'claimant' ? (
        <p>{t('appointments.form.coachOnly')}</p>
      ) : (
        <AppointmentForm appointment={existing} />
      )}
    </div>
  );
}

function AppointmentForm({ appointment }: { appointment: Appointment | null }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const initial = partsFromInstant(appointment?.at);
  const [date, setDate] = useState<DateParts>(initial.date);
  const [time, setTime] = useState(initial.time);
  const [how, setHow] = useState<Appointment['how']>(appointment?.how ?? null);
  const [place, setPlace] = useState(appointment?.place ?? '');
  const [withWhom, setWithWhom] = useState(appointment?.withWhom ?? '');
  const [notes, setNotes] = useState(appointment?.notes ?? '');
  const [sharing, setSharing] = useState<Sharing>(appointment?.sharing ?? 'private');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const write = async (id: string, fields: FieldsByKind['appointment']) => {
    setBusy(true);
    try {
      await repository.saveFields('appointment', id, fields);
      navigate(appointmentPath(id));
    } catch {
      // The status line has said what went wrong; what was typed stays on the form.
      setBusy(false);
    }
  };

  const save = async () => {
    if (busy) return;
    const found: FieldErrorItem[] = appointmentTimeErrors(date, time).map(({ field, error }) => ({
      fieldId: `appointment-${field}`,
      message: t(`appointments.form.errors.${error}`),
    }));
    const tooLong = (fieldId: string, value: string, max: number) => {
      if (value.length > max)
        found.push({ fieldId, message: t('appointments.form.errors.tooLong', { max }) });
    };
    tooLong('appointment-place', how === 'inPerson' ? place : '', SHORT_TEXT);
    tooLong('appointment-with', withWhom, SHORT_TEXT);
    tooLong('appointment-notes', notes, LONG_TEXT);
    setErrors(found);
    const at = appointmentInstant(date, time);
    if (found.length > 0 || !at) return;
    const fields: FieldsByKind['appointment'] = {
      at,
      how,
      place: how === 'inPerson' ? place : '',
      withWhom,
      notes,
      sharing,
    };
    if (!appointment) {
      await write(crypto.randomUUID(), {
        ...fields,
        source: 'claimant',
        status: 'booked',
        adjustments: [],
      });
      return;
    }
    const changed = changedAppointmentFields(appointment, fields);
    if (Object.keys(changed).length === 0) {
      navigate(appointmentPath(appointment.id));
      return;
    }
    await write(appointment.id, changed as FieldsByKind['appointment']);
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
        <ErrorSummary title={t('appointments.form.errorTitle')} errors={errors} />
        {appointment ? null : <p className="lead">{t('appointments.form.intro')}</p>}
        <AppointmentFields
          words={{
            date: t('appointments.form.date'),
            dateHint: t('appointments.form.dateHint'),
            time: t('appointments.form.time'),
            timeHint: t('appointments.form.timeHint'),
            how: t('appointments.form.how'),
            howHint: t('appointments.form.howHint'),
            howOption: (value) => t(`appointments.how.${value}`),
            place: t('appointments.form.place'),
            withWhom: t('appointments.form.withWhom'),
            withWhomHint: t('appointments.form.withWhomHint'),
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
          id="appointment-notes"
          label={t('appointments.form.notes')}
          hint={t('appointments.form.notesHint')}
          value={notes}
          onChange={setNotes}
          errorMessage={errorFor('appointment-notes')}
        />
        <RadioGroup
          id="appointment-sharing"
          label={t('sharing.legend')}
          hint={t('sharing.hint')}
          value={sharing}
          onChange={(value) => setSharing(value === 'shared' ? 'shared' : 'private')}
        >
          <Radio value="private" hint={t('sharing.privateHint')}>
            {t('sharing.private')}
          </Radio>
          <Radio value="shared" hint={t('sharing.sharedHint')}>
            {t('sharing.shared')}
          </Radio>
        </RadioGroup>
        <ButtonGroup>
          <Button type="submit" isPending={busy}>
            {t('appointments.form.save')}
          </Button>
          {appointment && appointment.status !== 'cancelled' ? (
            <Button variant="warning" onPress={() => setConfirmCancel(true)}>
              {t('appointments.form.cancelAppointment')}
            </Button>
          ) : null}
          <Link
            href={appointment ? appointmentPath(appointment.id) : APPOINTMENTS_PATH}
            variant="button"
            buttonVariant="secondary"
          >
            {t('appointments.form.cancelEdit')}
          </Link>
        </ButtonGroup>
      </form>
      {appointment ? (
        <ConfirmDialog
          title={t('appointments.form.confirmCancelTitle')}
          body={t('appointments.form.confirmCancelBody')}
          confirmLabel={t('appointments.form.confirmCancelYes')}
          cancelLabel={t('appointments.form.confirmCancelNo')}
          isOpen={confirmCancel}
          onOpenChange={setConfirmCancel}
          onConfirm={() => void write(appointment.id, { status: 'cancelled' })}
        />
      ) : null}
    </>
  );
}
