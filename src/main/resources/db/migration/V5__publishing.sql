-- Publishing: images, Markdown sources, authors, revisions, slug aliases.

-- Uploaded images, re-encoded (which drops EXIF and GPS) and stored in the database,
-- so that one pg_dump holds everything and every node serves the same files.
create table media (
    id             bigint generated always as identity primary key,
    width          integer      not null check (width > 0),
    height         integer      not null check (height > 0),
    content_type   varchar(20)  not null check (content_type in ('image/jpeg', 'image/png')),
    variant_widths integer[]    not null,
    decorative  boolean      not null default false,
    alt_fr      varchar(300) not null default '',
    alt_en      varchar(300) not null default '',
    caption_fr  varchar(500) not null default '',
    caption_en  varchar(500) not null default '',
    credit      varchar(200) not null default '',
    uploaded_by varchar(320),
    created_at  timestamptz  not null,
    check (decorative or alt_fr <> '')
);

-- Resized copies for srcset (widths listed in media.variant_widths); the widest one
-- stands for the original, whose dimensions are media.width and media.height.
create table media_variant (
    media_id     bigint      not null references media (id) on delete cascade,
    width        integer     not null,
    bytes        bytea       not null,
    primary key (media_id, width)
);

alter table article
    add column author_email      varchar(320),
    add column featured_image_id bigint references media (id) on delete set null;

-- Bodies are written in Markdown and stored both as source and as sanitised HTML.
alter table article_translation add column body_markdown text not null default '';
alter table page_translation add column body_markdown text not null default '';

-- The seeded bodies are plain paragraphs: their Markdown source is those paragraphs.
update article_translation
set body_markdown = replace(replace(replace(replace(replace(replace(
        body_html, '</p><p>', E'\n\n'), '<p>', ''), '</p>', ''), '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
where body_html <> '';
update page_translation
set body_markdown = replace(replace(replace(replace(replace(replace(
        body_html, '</p><p>', E'\n\n'), '<p>', ''), '</p>', ''), '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
where body_html <> '';

-- A slug an article had before: its old URLs answer 301 to the current one.
create table article_slug_alias (
    language   varchar(2)   not null check (language in ('fr', 'en')),
    slug       varchar(200) not null,
    article_id bigint       not null references article (id) on delete cascade,
    primary key (language, slug)
);
create index article_slug_alias_article_idx on article_slug_alias (article_id);

-- Every save keeps the whole article as it was saved (JSON), to be viewed or restored.
create table article_revision (
    id         bigint generated always as identity primary key,
    article_id bigint       not null references article (id) on delete cascade,
    saved_at   timestamptz  not null,
    saved_by   varchar(320),
    content    jsonb        not null
);
create index article_revision_article_idx on article_revision (article_id, id desc);

alter table partner add column logo_id bigint references media (id) on delete set null;

create index article_status_idx on article (status, published_at desc);
