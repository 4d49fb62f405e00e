-- Messages sent with the contact form, for the team's inbox in the back office. The text
-- is stored as typed (bidirectional embeddings and control characters taken out) and only
-- ever shown escaped. The client address is kept as a keyed hash: enough to see that
-- messages came from one place, not who sent them from where.
create table contact_message (
    id               bigint generated always as identity primary key,
    name             varchar(100)  not null,
    email            varchar(320)  not null,
    subject          varchar(150)  not null,
    body             varchar(5000) not null,
    language         varchar(12)   not null references language (code),
    client_hash      varchar(64)   not null,
    received_at      timestamptz   not null,
    read_at          timestamptz,
    assigned_to      bigint        references app_user (id) on delete set null,
    archived_at      timestamptz
);

-- One index per list of the inbox, in its order (newest first): unread, all (not
-- archived), assigned to one editor, archived.
create index contact_message_unread_idx on contact_message (received_at desc, id desc)
    where read_at is null and archived_at is null;
create index contact_message_open_idx on contact_message (received_at desc, id desc)
    where archived_at is null;
create index contact_message_assigned_idx on contact_message (assigned_to, received_at desc, id desc)
    where archived_at is null;
create index contact_message_archived_idx on contact_message (received_at desc, id desc)
    where archived_at is not null;

-- The key that signs the form's timestamp when OIM_CONTACT_FORM_SECRET is not set: made
-- once by the first node to need it, read by all. The rate limits of the form share the
-- sign-in throttle's buckets (sign_in_bucket, V11), under keys of their own.
create table contact_form_key (
    id     smallint primary key check (id = 1),
    secret bytea    not null
);
