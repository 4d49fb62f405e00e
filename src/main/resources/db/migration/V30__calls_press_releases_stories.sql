-- Calls, press releases and stories, kinds of article like events (V29). A story (long-form)
-- adds no column: its lead image is the featured image, which the editor requires to publish it.
-- Calls (jobs, consultancies, tenders): a type,
-- a deadline (timestamptz: an instant; the site shows it in Africa/Casablanca) and an
-- optional reference. A call is open while its deadline is after the clock's time,
-- decided at query time: no job closes it.
alter table article
    add column call_type      varchar(16),
    add column deadline       timestamptz,
    add column call_reference varchar(100),
    add column press_contact_name  varchar(200),
    add column press_contact_email varchar(254),
    add column press_contact_phone varchar(40);

alter table article drop constraint article_kind_check;
alter table article add constraint article_kind_check check (kind in ('NEWS', 'EVENT', 'CALL', 'PRESS_RELEASE', 'STORY'));

-- A call has a type and a deadline; only calls have these and a reference.
alter table article add constraint article_call_check
    check ((kind = 'CALL') = (call_type is not null and deadline is not null));
alter table article add constraint article_call_type_check
    check (call_type is null or call_type in ('JOB', 'CONSULTANCY', 'TENDER'));
alter table article add constraint article_call_reference_check
    check (call_reference is null or (kind = 'CALL' and length(call_reference) between 1 and 100));

-- The calls list: open ones (soonest deadline first), closed ones.
create index article_kind_deadline_idx on article (kind, deadline);

-- A press release names its press contact (a name, and an email or a phone); only a press
-- release has one. Its embargo is its publication time: nothing is public before it.
alter table article add constraint article_press_contact_check
    check ((kind = 'PRESS_RELEASE') = (press_contact_name is not null)
           and (press_contact_name is null or press_contact_email is not null or press_contact_phone is not null)
           and (kind = 'PRESS_RELEASE' or (press_contact_email is null and press_contact_phone is null)));
alter table article add constraint article_press_contact_email_check
    check (press_contact_email is null or press_contact_email ~ '^[^@[:space:]<>]+@[^@[:space:]<>]+$');
alter table article add constraint article_press_contact_phone_check
    check (press_contact_phone is null or press_contact_phone ~ '^[+0-9 ().-]+$');
