-- The media library: every image is uploaded once, found again by its file name, its
-- alternative texts, caption and credit (trigram index: a word anywhere, fast with
-- thousands of images) or its date, and reused by reference (media:ID in Markdown).
create extension if not exists pg_trgm;

alter table media
    add column file_name varchar(200) not null default '',
    -- Consent and safeguarding for photos of people: a photo marked as showing people
    -- can be published only with a consent recorded and not expired.
    add column shows_people       boolean      not null default false,
    add column consent_obtained   boolean      not null default false,
    add column consent_expires_on date,
    add column no_minors_faces    boolean      not null default false,
    add column blur_required      boolean      not null default false,
    add column consent_note       varchar(500) not null default '',
    add column search_text text generated always as (
        lower(file_name || ' ' || alt_fr || ' ' || alt_en || ' ' || caption_fr || ' ' || caption_en || ' ' || credit)
    ) stored;

create index media_search_idx on media using gin (search_text gin_trgm_ops);
create index media_created_idx on media (created_at desc, id desc);
-- The dashboard's photos whose consent is missing or runs out.
create index media_people_idx on media (consent_expires_on) where shows_people;
