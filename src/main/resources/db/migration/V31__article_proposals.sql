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
