-- Editors and administrators. No account is seeded: the first administrator is
-- created at start-up from OIM_ADMIN_EMAIL / OIM_ADMIN_PASSWORD (see README).
create table app_user (
    id            bigint generated always as identity primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(10)  not null check (role in ('EDITOR', 'ADMIN')),
    enabled       boolean      not null default true,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    last_login_at timestamptz,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create unique index app_user_email_idx on app_user (lower(email));

-- Who did what to what, when. Rows are only ever inserted.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(320),
    action      varchar(40)  not null,
    target_type varchar(40),
    target_id   varchar(100),
    details     varchar(1000)
);
create index audit_entry_time_idx on audit_entry (occurred_at desc, id desc);

-- Spring Session JDBC (its PostgreSQL schema, unchanged): sessions live in the
-- database so that every application node knows every sign-in.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
