-- The first migration: who this server is. schema_migrations (the bookkeeping) is created by
-- migrate.ts before any migration runs, because it must exist to know what has run. The sync,
-- caseload and device tables come in later migrations.

-- One row: a random id for this installation (for logs and, later, sync cursors) and when it
-- was first set up.
create table server_meta (
  singleton boolean primary key default true check (singleton),
  instance_id uuid not null default gen_random_uuid(),
  created_at timestamptz not null default now()
);

insert into server_meta default values;
