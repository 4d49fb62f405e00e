-- Scheduled withdrawal (issue 23): an article or a publication may say when it stops being
-- public. Like a scheduled publication time, it is compared with the clock at query time
-- (news.PublicArticle, publications.PublicPublication), so the content leaves the site at
-- its minute with no job. Null: public for as long as it is published.
alter table article
    add column expires_at timestamptz,
    add constraint article_expires_after_publication check (expires_at is null or published_at is null
        or expires_at > published_at);
alter table publication
    add column expires_at timestamptz,
    add constraint publication_expires_after_publication check (expires_at is null or published_at is null
        or expires_at > published_at);

-- The published articles that expire: the counts (V7) still count them, and subtract those
-- expired at :now, found by this index (news.ArticleCounts); the page cache asks for the
-- next expiry (ScheduledArticles); the dashboard lists the coming ones.
create index article_expiry_idx on article (expires_at) where status = 'PUBLISHED' and expires_at is not null;
create index publication_expiry_idx on publication (expires_at) where status = 'PUBLISHED' and expires_at is not null;
-- The scheduled publications: the page cache asks for the next one's time too.
create index publication_scheduled_idx on publication (published_at) where status = 'PUBLISHED';

-- An image is public while some content public now uses it: from public_from, and until
-- public_until when that content expires (media.PublicMedia).
alter table media_use add column public_until timestamptz;
