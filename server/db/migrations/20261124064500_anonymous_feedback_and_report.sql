-- Issue 6: anonymous feedback, and what the office report needs.
--
-- Anonymous feedback: a feedback the claimant sent "without my name" is kept here and nowhere
-- else, with no link to the claimant: no claimant, device, coach or record id, no time of day
-- (only the day it was given) and a random id, so rows cannot be put in order of arrival by
-- any column. office_id is the claimant's coach's office, so an office can report on it.
create table anonymous_feedback (
  id uuid primary key default gen_random_uuid(),
  office_id uuid not null references offices (id),
  about text check (about in ('appointment', 'course', 'referral', 'app')),
  helpful smallint check (helpful between 1 and 5),
  listened_to text check (listened_to in ('yes', 'partly', 'no')),
  right_for_me text check (right_for_me in ('yes', 'partly', 'no')),
  comment text check (length(comment) <= 20000),
  given_on date not null
);
create index anonymous_feedback_office_idx on anonymous_feedback (office_id, given_on);

-- An anonymous feedback's mutation ids are still remembered, so a retried request is
-- acknowledged and not stored twice, but without whose they were: claimant_id and record_id
-- become optional, and a row without a claimant carries nothing else that could name one.
alter table applied_mutations alter column claimant_id drop not null;
alter table applied_mutations alter column record_id drop not null;
alter table applied_mutations add constraint applied_mutations_anonymous_check check (
  claimant_id is not null
  or (record_id is null and device_id is null and coach_id is null and applied_seq is null
      and outcome = 'applied')
);

-- "Claimants using Waymark" in a period: the days (UK time) on which each claimant's phone
-- synced. devices.last_seen only keeps the latest sync, which would miss earlier use.
create table claimant_sync_days (
  claimant_id uuid not null references claimants (id) on delete cascade,
  day date not null,
  primary key (claimant_id, day)
);
create index claimant_sync_days_day_idx on claimant_sync_days (day);

-- What is known from before this migration: the days a device's changes arrived, and each
-- device's last sync.
insert into claimant_sync_days (claimant_id, day)
select distinct claimant_id, (applied_at at time zone 'Europe/London')::date
from applied_mutations where device_id is not null and claimant_id is not null
union
select claimant_id, (last_seen at time zone 'Europe/London')::date
from devices where last_seen is not null
on conflict do nothing;
