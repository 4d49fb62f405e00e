-- A change proposed to a public or scheduled article by someone who does not publish
-- directly (Drupal's forward revision): the article stays online as it is until a reviewer
-- approves the proposal, which is then applied as one save. One per article: the writer's
-- working copy (the editor's form, as JSON), saved over until it is approved or discarded.
create table article_proposal (
    article_id   bigint       primary key references article (id) on delete cascade,
    form         jsonb        not null,
    -- The article's version when the proposal was last saved: the reviewer is told when the
    -- article changed online since.
    base_version bigint       not null,
    -- Counts the proposal's saves: an approval names the one its reviewer read.
    version      integer      not null default 1,
    saved_by     varchar(320) not null,
    saved_at     timestamptz  not null
);

-- The images a proposal shows are in use (kept from deletion, listed where used), and
-- public only once it is applied, as the article's own.
alter table media_use drop constraint media_use_owner_check;
alter table media_use add constraint media_use_owner_check
    check (owner in ('ARTICLE', 'PAGE', 'PARTNER', 'PUBLICATION', 'ARTICLE_PROPOSAL'));
