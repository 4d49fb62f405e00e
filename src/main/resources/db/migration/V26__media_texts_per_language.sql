-- An image's alternative text and caption in every configured language, not only French and
-- English: one JSON object per kind of text, keyed by language code ({"fr": "…", "ar": "…"}),
-- a language without a text left out. A language added by configuration needs no column.

-- The texts of such an object, in the order of their language codes, separated by spaces
-- ('' for none): what the library's search reads. Immutable, so a generated column may use it.
create function media_texts(texts jsonb) returns text
    language sql immutable strict parallel safe
as $$
    select coalesce(string_agg(value, ' ' order by key), '') from jsonb_each_text(texts)
$$;

-- Whether such an object is well formed: an object whose keys are language codes (the
-- pattern of language.code) and whose values are non-empty strings of at most max characters.
create function media_texts_valid(texts jsonb, max integer) returns boolean
    language sql immutable strict parallel safe
as $$
    select jsonb_typeof(texts) = 'object' and coalesce((
        select bool_and(key ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' and jsonb_typeof(value) = 'string'
                        and length(value #>> '{}') between 1 and max)
        from jsonb_each(texts)), true)
$$;

alter table media
    add column alt     jsonb not null default '{}' constraint media_alt_valid check (media_texts_valid(alt, 300)),
    add column caption jsonb not null default '{}' constraint media_caption_valid check (media_texts_valid(caption, 500));

update media set
    alt = jsonb_strip_nulls(jsonb_build_object('fr', nullif(alt_fr, ''), 'en', nullif(alt_en, ''))),
    caption = jsonb_strip_nulls(jsonb_build_object('fr', nullif(caption_fr, ''), 'en', nullif(caption_en, '')));

-- The search column reads the old columns: it goes first (its trigram index with it), and
-- comes back over the new ones.
alter table media drop column search_text;
alter table media drop constraint if exists media_check;
alter table media
    drop column alt_fr,
    drop column alt_en,
    drop column caption_fr,
    drop column caption_en,
    -- An image that is not decorative is described (in the language of record: the
    -- application checks which; here, in some language).
    add constraint media_described check (decorative or alt <> '{}'::jsonb),
    add column search_text text generated always as (
        lower(file_name || ' ' || media_texts(alt) || ' ' || media_texts(caption) || ' ' || credit)
    ) stored;

create index media_search_idx on media using gin (search_text gin_trgm_ops);
