-- Kinds of content beyond news are kinds of article: one table, one life (review,
-- translations, revisions, scheduling), one definition of public. An event adds when
-- (timestamptz: an instant; the site shows it in Africa/Casablanca) and where.
-- A new kind adds its name to article_kind_check.
alter table article
    add column kind       varchar(16)   not null default 'NEWS',
    add column starts_at  timestamptz,
    add column ends_at    timestamptz,
    add column place      varchar(300),
    add column online_url varchar(2000);

alter table article add constraint article_kind_check check (kind in ('NEWS', 'EVENT'));

-- An event has a start; its end, if any, comes after it. Only events have these.
alter table article add constraint article_event_start_check
    check ((kind = 'EVENT') = (starts_at is not null));
alter table article add constraint article_event_end_check
    check (ends_at is null or ends_at > starts_at);
alter table article add constraint article_event_fields_check
    check (kind = 'EVENT' or (place is null and online_url is null));
alter table article add constraint article_online_url_check
    check (online_url is null or online_url ~* '^https?://');

-- The events list and the month calendar.
create index article_kind_starts_idx on article (kind, starts_at);
