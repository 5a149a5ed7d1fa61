-- "Delete my data" at the claimant's request (POST /api/me/delete, services/erasure.ts).
--
-- Everything the server holds about the claimant is deleted in one transaction. The claimants
-- row stays as a tombstone so the coach sees "Deleted at the claimant's request on <date>": it
-- keeps only what the coach wrote (the label), the coach and office it belongs to, when the
-- coach added it, and now when it was deleted and why.
alter table claimants add column deleted_reason text;
alter table claimants add constraint claimants_deleted_reason_check check (
  deleted_reason is null or (deleted_reason = 'claimant_request' and deleted_at is not null)
);

-- The caseload lists the coach's tombstones too (the partial index skips them).
create index claimants_coach_all_idx on claimants (coach_id);

-- The tokens of the phones that were connected when the claimant's data was deleted, as
-- SHA-256 hashes with the day, and nothing else: no claimant, device or time of day. They let a
-- phone whose answer was lost on the way ask again and hear "already done" rather than "not
-- connected"; every other route refuses them (401) like any unknown token.
create table erased_device_tokens (
  token_hash text primary key,
  erased_on date not null
);
