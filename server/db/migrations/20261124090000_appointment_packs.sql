-- "Before your appointment" packs (issue 6): a new record kind, the claimant's preparation for
-- one of the coach's appointments. Only the list of allowed kinds changes; no row is touched.
alter table records drop constraint records_kind_check;
alter table records add constraint records_kind_check check (
  kind in ('aboutMe', 'values', 'fourSteps', 'action', 'checkIn', 'feedback', 'appointment',
           'appointmentPack', 'journalEntry')
);
