-- The coach's journal (issue 5): offices and coaches, their sessions, the claimants on a
-- coach's caseload, pairing codes, paired devices, the synced records, the mutation ids already
-- applied, and an audit log of who read or changed what. Secrets (passwords, session tokens,
-- device tokens, pairing codes) are stored only as hashes.

create table offices (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);

-- password_hash is self-describing: 'scrypt$N$r$p$<salt base64>$<hash base64>' with a random
-- 16-byte salt per coach, so the cost can be raised later without a migration.
create table coaches (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email) and length(email) between 3 and 254),
  password_hash text not null,
  office_id uuid not null references offices (id),
  created_at timestamptz not null default now()
);

-- token_hash: SHA-256 (hex) of the random 256-bit token in the coach's cookie.
create table sessions (
  token_hash text primary key,
  coach_id uuid not null references coaches (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_coach_idx on sessions (coach_id);

-- A pseudonymous label chosen by the coach; no national insurance number or name is needed.
create table claimants (
  id uuid primary key default gen_random_uuid(),
  label text not null check (length(label) between 1 and 100),
  coach_id uuid not null references coaches (id),
  office_id uuid not null references offices (id),
  created_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index claimants_coach_idx on claimants (coach_id) where deleted_at is null;

-- code_hash: SHA-256 (hex) of the normalised code (8 characters, upper case, no dash).
create table pairing_codes (
  code_hash text primary key,
  claimant_id uuid not null references claimants (id) on delete cascade,
  created_by uuid references coaches (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index pairing_codes_claimant_idx on pairing_codes (claimant_id);

-- token_hash: SHA-256 (hex) of the device's random 256-bit bearer token.
create table devices (
  id uuid primary key default gen_random_uuid(),
  claimant_id uuid not null references claimants (id) on delete cascade,
  token_hash text not null unique,
  label text check (label is null or length(label) <= 100),
  created_at timestamptz not null default now(),
  last_seen timestamptz,
  revoked_at timestamptz
);
create index devices_claimant_idx on devices (claimant_id);

-- Every change to any record takes the next number; a sync cursor is such a number.
create sequence record_seq;

-- One table for every record kind, the record itself as typed JSON in `data` (the envelope,
-- the kind's fields and fieldClocks). Why one table rather than one per kind:
--  - the sync protocol treats every kind alike: merge per field by HLC, a change sequence, and
--    "changes since cursor" is one indexed range scan on (claimant_id, seq) instead of a UNION
--    over eight tables;
--  - the types live in one place, src/domain/records.ts: every mutation is validated with the
--    kind's zod schema (fieldsSchema(kind)) before it is merged, so the JSON is typed on the way
--    in, and adding a field or a kind needs no migration;
--  - the server never queries inside a record's content, so columns per field would buy nothing.
-- `shared` and `deleted` are copies of what the JSON says, kept as columns for the coach's
-- queries. A record the claimant made private keeps only its envelope and `sharing` (see
-- server/services/records.ts).
create table records (
  id uuid primary key,
  claimant_id uuid not null references claimants (id) on delete cascade,
  kind text not null check (
    kind in ('aboutMe', 'values', 'fourSteps', 'action', 'checkIn', 'feedback', 'appointment',
             'journalEntry')
  ),
  data jsonb not null,
  updated text not null,
  shared boolean not null,
  deleted boolean not null default false,
  seq bigint not null default nextval('record_seq')
);
create index records_claimant_seq_idx on records (claimant_id, seq);

-- Mutation ids already seen, so a retried request is acknowledged again and not applied twice.
-- outcome 'rejected' (with the reason) keeps a refused mutation refused on every retry.
create table applied_mutations (
  mutation_id uuid primary key,
  claimant_id uuid not null references claimants (id) on delete cascade,
  device_id uuid references devices (id) on delete set null,
  coach_id uuid references coaches (id) on delete set null,
  record_id uuid not null,
  outcome text not null check (outcome in ('applied', 'rejected')),
  reason text,
  applied_seq bigint,
  applied_at timestamptz not null default now()
);

-- Who read or changed what. actor is a coach or a device (or the command line for accounts).
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_kind text not null check (actor_kind in ('coach', 'device', 'system')),
  actor_id uuid,
  action text not null,
  claimant_id uuid,
  record_kind text,
  record_id uuid,
  detail jsonb
);
create index audit_log_claimant_idx on audit_log (claimant_id, at);
