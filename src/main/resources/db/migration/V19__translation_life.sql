-- Each language its own publication life (issue 21). A translation's status and
-- published_at are null while it follows its article (the French text's life, the
-- article's own status); set, they are its own: a draft, published from a time (a future
-- one schedules it), or withdrawn. A translation is public only while its article is too
-- (news.PublicArticle says it once). The language of record always follows the article.
alter table article_translation
    add column status varchar(20) check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    add column published_at timestamptz,
    add constraint article_translation_published_check check (status is distinct from 'PUBLISHED' or published_at is not null);

-- Whether the translation still says what the French says. checked_revision_id is the
-- revision kept by the save that last wrote the translation, or at which an editor
-- confirmed it: the French of that revision is what the translation was made from, and
-- the editor's diff starts there. out_of_date is set when the French text of a published
-- article changes after that. The revision is reserved before the save writes it, so the
-- key is checked at commit.
alter table article_translation
    add column checked_revision_id bigint references article_revision (id) on delete set null
        deferrable initially deferred,
    add column out_of_date boolean not null default false;

-- An article never saved through the editor (the content of record, V2 and V13) gets its
-- first revision now, as it is: the French its translations were made from, which the
-- editor compares with the French of a later save. Its JSON is ArticleSnapshot's.
insert into article_revision (article_id, saved_at, saved_by, content)
select a.id, a.updated_at, null, jsonb_build_object(
           'texts', (select jsonb_object_agg(t.language, jsonb_build_object('slug', t.slug, 'title', t.title,
                                                 'summary', t.summary, 'body', t.body_markdown))
                     from article_translation t where t.article_id = a.id),
           'publishedAt', to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'status', a.status,
           'axisIds', coalesce((select jsonb_agg(x.axis_id order by x.axis_id) from article_axis x
                                where x.article_id = a.id), '[]'::jsonb),
           'partnerIds', coalesce((select jsonb_agg(p.partner_id order by p.partner_id) from article_partner p
                                   where p.article_id = a.id), '[]'::jsonb),
           'featuredImageId', a.featured_image_id)
from article a
where not exists (select 1 from article_revision r where r.article_id = a.id)
  and exists (select 1 from article_translation t where t.article_id = a.id)
order by a.id;

-- Existing translations were made from their article's latest revision, as far as anyone knows.
update article_translation t
set checked_revision_id = (select max(r.id) from article_revision r where r.article_id = t.article_id);
-- Checked now, not at commit: PostgreSQL alters no table with checks still pending.
set constraints all immediate;

-- The scheduled translations: the page cache asks for the next one's time (ScheduledArticles).
create index article_translation_scheduled_idx on article_translation (published_at) where status = 'PUBLISHED';
-- The dashboard's and the list's translations out of date: few rows.
create index article_translation_out_of_date_idx on article_translation (article_id) where out_of_date;

-- The counts (V7) know "translated into English": a translation that is a draft or
-- withdrawn on its own is not. A scheduled one is counted, and subtracted live until its
-- time (news.ArticleCounts), as scheduled articles are.
create or replace function tally_article(counted bigint) returns void
    language plpgsql as
$$
declare
    before article_tally;
    now_year integer;
    now_english boolean;
    now_axes bigint[];
begin
    select * into before from article_tally where article_id = counted;
    select extract(year from a.published_at at time zone 'Africa/Casablanca')::integer,
           exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en'
                   and (t.status is null or t.status = 'PUBLISHED')),
           coalesce((select array_agg(x.axis_id order by x.axis_id) from article_axis x where x.article_id = a.id),
                    '{}')
    into now_year, now_english, now_axes
    from article a
    where a.id = counted and a.status = 'PUBLISHED';
    if before.article_id is not null and now_year is not null and before.year = now_year
            and before.english = now_english and before.axis_ids = now_axes then
        return;
    end if;
    if before.article_id is not null then
        delete from article_count
        where axis_id = any (0::bigint || before.axis_ids) and year = before.year and english = before.english
          and articles = 1;
        update article_count set articles = articles - 1
        where axis_id = any (0::bigint || before.axis_ids) and year = before.year and english = before.english;
        delete from article_tally where article_id = counted;
    end if;
    if now_year is not null then
        insert into article_count (year, axis_id, english, articles)
        select now_year, axis, now_english, 1 from unnest(0::bigint || now_axes) as axis
        order by axis
        on conflict (axis_id, year, english) do update set articles = article_count.articles + 1;
        insert into article_tally (article_id, year, english, axis_ids) values (counted, now_year, now_english, now_axes);
    end if;
end
$$;

create or replace function recount_articles() returns void
    language sql as
$$
delete from article_count;
delete from article_tally;
insert into article_tally (article_id, year, english, axis_ids)
select a.id, extract(year from a.published_at at time zone 'Africa/Casablanca')::integer,
       exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en'
               and (t.status is null or t.status = 'PUBLISHED')),
       coalesce((select array_agg(x.axis_id order by x.axis_id) from article_axis x where x.article_id = a.id), '{}')
from article a
where a.status = 'PUBLISHED';
insert into article_count (year, axis_id, english, articles)
select year, axis, english, count(*)
from article_tally, unnest(0::bigint || axis_ids) as axis
group by 1, 2, 3;
$$;

drop trigger article_translation_tallied on article_translation;
create trigger article_translation_tallied after insert or delete or update of article_id, language, status
    on article_translation
    for each row execute function tally_changed_article();
