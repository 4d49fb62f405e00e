-- How many published articles each year, axis and language has, kept up to date by
-- triggers, so that the news lists (number of pages), the axis pages and the archive by
-- year read a few dozen rows instead of counting every article: counting 100,000
-- articles took 25 to 180 ms a page (docs/performance.md).
--
-- Articles whose publication time has not come yet (scheduled) are counted here too; the
-- queries subtract them, counted live (there are few, and an index finds them), so an
-- article still enters the counts at its minute, with no job.

-- One row per (year in Morocco, axis, translated into English). axis_id 0 stands for
-- "every axis": an article with two axes is counted once there, and once under each axis.
create table article_count (
    year     integer not null,
    axis_id  bigint  not null,
    english  boolean not null,
    articles bigint  not null check (articles > 0),
    primary key (axis_id, year, english)
);

-- What each published article adds to article_count, as it was last counted. There is no
-- foreign key: when an article is deleted, its row is still there to be subtracted.
create table article_tally (
    article_id bigint   primary key,
    year       integer  not null,
    english    boolean  not null,
    axis_ids   bigint[] not null
);

-- Brings the counts in line with what article `counted` is now (or is no longer).
-- Idempotent, and it only reads the article's current state: whichever table changed, in
-- whatever order (a deleted article's translations and axes go by cascade), calling it
-- for the article leaves the counts right.
create function tally_article(counted bigint) returns void
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
           exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en'),
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
        -- A count that would fall to zero goes; the others lose one.
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

create function tally_changed_article() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'article' then
        perform tally_article(coalesce(new.id, old.id));
    else
        if tg_op <> 'INSERT' then
            perform tally_article(old.article_id);
        end if;
        if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.article_id <> old.article_id) then
            perform tally_article(new.article_id);
        end if;
    end if;
    return null;
end
$$;

create trigger article_tallied after insert or delete or update of status, published_at on article
    for each row execute function tally_changed_article();
create trigger article_axis_tallied after insert or delete or update on article_axis
    for each row execute function tally_changed_article();
create trigger article_translation_tallied after insert or delete or update of article_id, language
    on article_translation
    for each row execute function tally_changed_article();

-- Counts everything again from the articles: for this migration, and after a bulk load
-- made with the triggers off (the benchmark's generated articles).
create function recount_articles() returns void
    language sql as
$$
delete from article_count;
delete from article_tally;
insert into article_tally (article_id, year, english, axis_ids)
select a.id, extract(year from a.published_at at time zone 'Africa/Casablanca')::integer,
       exists (select 1 from article_translation t where t.article_id = a.id and t.language = 'en'),
       coalesce((select array_agg(x.axis_id order by x.axis_id) from article_axis x where x.article_id = a.id), '{}')
from article a
where a.status = 'PUBLISHED';
insert into article_count (year, axis_id, english, articles)
select year, axis, english, count(*)
from article_tally, unnest(0::bigint || axis_ids) as axis
group by 1, 2, 3;
$$;

select recount_articles();
