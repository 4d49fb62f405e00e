-- Roles and review (issue 23). Contributors write and submit; editors review and publish.
alter table app_user drop constraint app_user_role_check;
alter table app_user alter column role type varchar(20);
alter table app_user add constraint app_user_role_check check (role in ('CONTRIBUTOR', 'EDITOR', 'ADMIN'));

-- An article waiting for a review (SUBMITTED) or sent back to its writer (SENT_BACK).
-- Approval publishes it and removes the row; the notes below keep the history.
create table article_review (
    article_id   bigint       primary key references article (id) on delete cascade,
    state        varchar(16)  not null check (state in ('SUBMITTED', 'SENT_BACK')),
    submitted_by varchar(320) not null,
    submitted_at timestamptz  not null,
    decided_by   varchar(320),
    decided_at   timestamptz
);
-- The queue, oldest first; what was sent back to each writer.
create index article_review_queue_idx on article_review (state, submitted_at, article_id);
create index article_review_writer_idx on article_review (submitted_by, state);

-- What was said and decided in a review: a comment, a reason sent back, an approval, a submission.
create table review_note (
    id         bigint generated always as identity primary key,
    article_id bigint        not null references article (id) on delete cascade,
    written_at timestamptz   not null,
    author     varchar(320)  not null,
    kind       varchar(16)   not null check (kind in ('SUBMITTED', 'COMMENT', 'SENT_BACK', 'APPROVED')),
    text       varchar(5000) not null default ''
);
create index review_note_article_idx on review_note (article_id, id);
