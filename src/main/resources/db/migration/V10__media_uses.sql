-- Where each image is used, and from when that use is public: an image is served to
-- visitors only while some public content uses it (signed-in editors see them all).
-- public_from is null for a draft or withdrawn article; a scheduled article's images
-- become public at its publication time, with no job. The features that use images
-- (articles, organisation pages, partners) rewrite their rows at every save.
create table media_use (
    media_id    bigint      not null references media (id) on delete cascade,
    owner       varchar(16) not null check (owner in ('ARTICLE', 'PAGE', 'PARTNER')),
    owner_id    bigint      not null,
    public_from timestamptz,
    primary key (owner, owner_id, media_id)
);
create index media_use_media_idx on media_use (media_id, public_from);

-- The uses that exist already: featured images and images in article bodies, partner
-- logos, images in organisation pages.
insert into media_use (media_id, owner, owner_id, public_from)
select distinct m.id, 'ARTICLE', a.id, case when a.status = 'PUBLISHED' then a.published_at end
from article a
join lateral (
    select a.featured_image_id as id
    union
    select cast(found[1] as bigint)
    from article_translation t, regexp_matches(t.body_html, '/media/([0-9]{1,18})/', 'g') as found
    where t.article_id = a.id
) used on true
join media m on m.id = used.id;

insert into media_use (media_id, owner, owner_id, public_from)
select p.logo_id, 'PARTNER', p.id, timestamptz '-infinity'
from partner p join media m on m.id = p.logo_id;

insert into media_use (media_id, owner, owner_id, public_from)
select distinct m.id, 'PAGE', t.page_id, timestamptz '-infinity'
from page_translation t
cross join lateral regexp_matches(t.body_html, '/media/([0-9]{1,18})/', 'g') as found
join media m on m.id = cast(found[1] as bigint);
