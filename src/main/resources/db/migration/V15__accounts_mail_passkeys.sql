-- Accounts: the language of their emails, password reset links, passkeys, and the
-- administrators' passkey requirement. Depends only on V3 (app_user).

-- The language the account's emails are written in (fr, en, ...); set from the language the
-- account last used when it has none.
alter table app_user add column language varchar(8);

-- Password reset links: only the SHA-256 of the token is kept, so a copy of the table opens
-- nothing. A link is used by deleting its row (once, on whichever node comes first).
create table password_reset_token (
    token_hash bytea       primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index password_reset_token_user_idx on password_reset_token (user_id);
create index password_reset_token_expiry_idx on password_reset_token (expires_at);

-- Passkeys (WebAuthn), Spring Security's JDBC schema for PostgreSQL: the account's WebAuthn
-- user handle (name = the account's email) and its credentials.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id)
);
create unique index user_entities_name_idx on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);

-- Settings administrators change in the back office, one row each.
create table site_setting (
    name       varchar(100) primary key,
    value      varchar(1000) not null,
    updated_at timestamptz  not null,
    updated_by varchar(320)
);
