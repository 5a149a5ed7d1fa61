-- What's new on a coach's caseload (issue 5): which records the claimant changed since the
-- coach last looked at their journal.
--
-- Who changed a record, and when: records.seq is bumped by every change, whoever made it, so it
-- cannot tell a claimant's change from a coach's. Two columns remember the claimant's own last
-- change of each record: the change number it took (claimant_seq) and when it was made
-- (claimant_changed_at: the wall time of the device's clock, never later than the server's).
-- They stay as they were when the coach changes the record afterwards. Kept on records rather
-- than read from applied_mutations because a claimant has a few hundred records but can have
-- many thousands of mutations, and the caseload reads them for every claimant at once.
alter table records add column claimant_seq bigint;
alter table records add column claimant_changed_at timestamptz;

-- Records written before this migration: the claimant's last applied mutation of each.
update records r
set claimant_seq = m.seq, claimant_changed_at = m.at
from (
  select record_id, max(applied_seq) as seq, max(applied_at) as at
  from applied_mutations
  where device_id is not null and outcome = 'applied'
  group by record_id
) m
where m.record_id = r.id;

-- When each coach last looked at a claimant's journal (read the records, or synced), and the
-- change number they had seen up to then: the claimant's changes numbered above seen_seq are
-- "what's new" for that coach. Change numbers, not times, so a phone's clock cannot hide a
-- change and offline edits that arrive late still count as new.
create table coach_claimant_views (
  coach_id uuid not null references coaches (id) on delete cascade,
  claimant_id uuid not null references claimants (id) on delete cascade,
  viewed_at timestamptz not null default now(),
  seen_seq bigint not null default 0,
  primary key (coach_id, claimant_id)
);
create index coach_claimant_views_claimant_idx on coach_claimant_views (claimant_id);
