-- Calls (jobs, consultancies, tenders) are a kind of article, like events (V29): a type,
-- a deadline (timestamptz: an instant; the site shows it in Africa/Casablanca) and an
-- optional reference. A call is open while its deadline is after the clock's time,
-- decided at query time: no job closes it.
alter table article
    add column call_type      varchar(16),
    add column deadline       timestamptz,
    add column call_reference varchar(100);

alter table article drop constraint article_kind_check;
alter table article add constraint article_kind_check check (kind in ('NEWS', 'EVENT', 'CALL'));

-- A call has a type and a deadline; only calls have these and a reference.
alter table article add constraint article_call_check
    check ((kind = 'CALL') = (call_type is not null and deadline is not null));
alter table article add constraint article_call_type_check
    check (call_type is null or call_type in ('JOB', 'CONSULTANCY', 'TENDER'));
alter table article add constraint article_call_reference_check
    check (call_reference is null or (kind = 'CALL' and length(call_reference) between 1 and 100));

-- The calls list: open ones (soonest deadline first), closed ones.
create index article_kind_deadline_idx on article (kind, deadline);
