import { sql, type Kysely } from 'kysely';

// Organisations, people, sessions and the audit trail. SQL kept within PostgreSQL 15.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      is_demo boolean not null default false,
      retention_days integer not null default 2555 check (retention_days between 30 and 36500),
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      email text not null check (email = lower(email)),
      display_name text not null,
      role text not null check (role in ('admin','lawyer','legal-worker','support-worker','educator','researcher')),
      status text not null default 'active' check (status in ('active','disabled')),
      password_hash text not null,
      totp_secret bytea,
      mfa_enrolled_at timestamptz,
      language text not null default 'en' check (language in ('en','fr')),
      discreet_mode boolean not null default false,
      created_at timestamptz not null default now()
    );
    create unique index users_email_key on users (email);

    create table recovery_codes (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      code_hash text not null,
      used_at timestamptz
    );
    create index recovery_codes_user on recovery_codes (user_id);

    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      stage text not null check (stage in ('mfa-enrol','mfa-verify','active')),
      csrf_token text not null,
      pending_totp_secret bytea,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table setup_tokens (
      token_hash text primary key,
      expires_at timestamptz not null,
      used_at timestamptz
    );

    create table invitations (
      token_hash text primary key,
      organisation_id uuid not null references organisations(id),
      email text not null,
      role text not null,
      invited_by uuid references users(id),
      expires_at timestamptz not null,
      accepted_at timestamptz
    );

    create table audit_log (
      seq bigint primary key,
      at timestamptz not null,
      at_text text not null,
      actor_id text not null,
      action text not null,
      case_id uuid,
      detail jsonb not null default '{}'::jsonb,
      prev_hash text not null,
      hash text not null,
      key_id text
    );
    create index audit_log_case on audit_log (case_id, seq);

    -- Failed sign-ins per hashed email (known or not, so lockout reveals nothing) and per user for MFA.
    create table sign_in_throttle (
      key text primary key,
      failures integer not null default 0,
      locked_until timestamptz
    );

    create table key_check (
      id integer primary key check (id = 1),
      check_value bytea not null,
      -- The data key for secrets that belong to no case (TOTP seeds), wrapped like a case's key.
      system_key bytea not null,
      created_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table key_check, sign_in_throttle, audit_log, invitations, setup_tokens, sessions, recovery_codes, users, organisations`.execute(db);
}
