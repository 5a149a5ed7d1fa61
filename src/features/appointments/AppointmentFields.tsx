/**
 * The boxes every appointment form starts with: the date (three boxes), the time, how it
 * happens (and where, in person) and who with. Shared by the claimant's form for their own
 * appointments and the coach's booking form; each passes its own words.
 */
import { Radio, RadioGroup, TextField } from '../../ui';
import type { DateParts } from '../../domain/dates';
import type { Appointment } from '../../domain/records';
import { DateField } from '../action-plan/DateField';
import '../action-plan/actionPlan.css';

export const APPOINTMENT_HOW = ['inPerson', 'phone', 'video'] as const;
type How = Appointment['how'];

export interface AppointmentWords {
  date: string;
  dateHint: string;
  time: string;
  timeHint: string;
  how: string;
  howHint?: string;
  howOption: (how: (typeof APPOINTMENT_HOW)[number]) => string;
  place: string;
  placeHint?: string;
  withWhom: string;
  withWhomHint: string;
}

export function AppointmentFields({
  words,
  date,
  onDate,
  time,
  onTime,
  how,
  onHow,
  place,
  onPlace,
  withWhom,
  onWithWhom,
  errorFor,
}: {
  words: AppointmentWords;
  date: DateParts;
  onDate: (date: DateParts) => void;
  time: string;
  onTime: (time: string) => void;
  how: How;
  onHow: (how: How) => void;
  place: string;
  onPlace: (place: string) => void;
  withWhom: string;
  onWithWhom: (withWhom: string) => void;
  errorFor: (fieldId: string) => string | undefined;
}) {
  return (
    <>
      <DateField
        id="appointment-date"
        legend={words.date}
        hint={words.dateHint}
        value={date}
        errorMessage={errorFor('appointment-date')}
        onChange={onDate}
      />
      <TextField
        id="appointment-time"
        label={words.time}
        hint={words.timeHint}
        size="short"
        inputMode="numeric"
        autoComplete="off"
        value={time}
        onChange={onTime}
        errorMessage={errorFor('appointment-time')}
      />
      <RadioGroup
        id="appointment-how"
        label={words.how}
        hint={words.howHint}
        value={how}
        onChange={(value) => onHow(APPOINTMENT_HOW.find((h) => h === value) ?? null)}
      >
        {APPOINTMENT_HOW.map((value) => (
          <Radio key={value} value={value}>
            {words.howOption(value)}
          </Radio>
        ))}
      </RadioGroup>
      {how === 'inPerson' ? (
        <TextField
          id="appointment-place"
          label={words.place}
          hint={words.placeHint}
          value={place}
          onChange={onPlace}
          errorMessage={errorFor('appointment-place')}
        />
      ) : null}
      <TextField
        id="appointment-with"
        label={words.withWhom}
        hint={words.withWhomHint}
        value={withWhom}
        onChange={onWithWhom}
        errorMessage={errorFor('appointment-with')}
      />
    </>
  );
}
