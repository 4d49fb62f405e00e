-- Sign-in rate limits (Bucket4j token buckets), shared by every node. One row per client
-- address, account or trusted device that tried to sign in recently; a row expires once
-- its bucket would be full again (expires_at, epoch milliseconds) and is then deleted.
create table sign_in_bucket (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_bucket_expiry_idx on sign_in_bucket (expires_at);

-- The key that signs device cookies: made once by the first node to need it, read by all.
create table sign_in_key (
    id     smallint primary key check (id = 1),
    secret bytea    not null
);

-- Failed sign-ins no longer lock accounts: they slow the sender down instead.
update app_user set failed_logins = 0, locked_until = null;
