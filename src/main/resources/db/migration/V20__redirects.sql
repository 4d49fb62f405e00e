-- Old addresses that now live elsewhere: the previous site's paths, pages that moved.
-- A visitor asking for a path that no page answers is sent to its new address (301).
-- Paths are stored decoded (Arabic as letters, not percent-escapes), without a trailing
-- slash; from_path is unique, and a redirect never points to another redirect's from_path
-- (the application refuses chains and loops; the check below catches the simplest one).
create table redirect (
    id         bigint generated always as identity primary key,
    from_path  varchar(1000) not null unique,
    to_path    varchar(1000) not null,
    created_by varchar(320)  not null,
    created_at timestamptz   not null,
    check (from_path <> to_path)
);

create index redirect_to_path on redirect (to_path);
create index redirect_created_at on redirect (created_at desc, id desc);
