-- Content of the public site. Every translatable thing has one row per language
-- ('fr' is required by the application, 'en' optional).

create table thematic_axis (
    id       bigint generated always as identity primary key,
    position integer not null
);

create table thematic_axis_translation (
    axis_id     bigint       not null references thematic_axis (id) on delete cascade,
    language    varchar(2)   not null check (language in ('fr', 'en')),
    slug        varchar(200) not null,
    name        varchar(300) not null,
    description text         not null,
    primary key (axis_id, language),
    unique (language, slug)
);

create table partner (
    id       bigint generated always as identity primary key,
    kind     varchar(20)  not null check (kind in ('DONOR', 'GOVERNMENT', 'UN', 'MEDIA', 'CIVIL_SOCIETY')),
    website  varchar(500),
    position integer      not null
);

create table partner_translation (
    partner_id  bigint       not null references partner (id) on delete cascade,
    language    varchar(2)   not null check (language in ('fr', 'en')),
    name        varchar(300) not null,
    description text         not null,
    primary key (partner_id, language)
);

-- Organisation pages form a tree; menus are built from it. A page either has a body
-- or points out of the site (external_url). 'listing' asks the page to show a
-- generated list under its body (the thematic axes on "Ce que nous faisons").
create table page (
    id           bigint generated always as identity primary key,
    parent_id    bigint references page (id) on delete restrict,
    position     integer      not null,
    external_url varchar(500),
    listing      varchar(20) check (listing in ('AXES'))
);
create index page_parent_idx on page (parent_id, position);

-- 'path' is the slash-separated chain of slugs from the root ("qui-sommes-nous/a-propos"),
-- kept so that a URL resolves with one indexed lookup.
create table page_translation (
    page_id   bigint       not null references page (id) on delete cascade,
    language  varchar(2)   not null check (language in ('fr', 'en')),
    slug      varchar(200) not null,
    path      varchar(1000) not null,
    title     varchar(300) not null,
    body_html text         not null default '',
    primary key (page_id, language),
    unique (language, path)
);

-- News. "Scheduled" is not a stored status: it is PUBLISHED with a future
-- published_at, so that publication happens at query time without any job.
create table article (
    id           bigint generated always as identity primary key,
    status       varchar(16) not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    check (status <> 'PUBLISHED' or published_at is not null)
);
create index article_published_idx on article (published_at desc, id desc) where status = 'PUBLISHED';

create table article_translation (
    article_id bigint       not null references article (id) on delete cascade,
    language   varchar(2)   not null check (language in ('fr', 'en')),
    slug       varchar(200) not null,
    title      varchar(300) not null,
    summary    text         not null default '',
    body_html  text         not null default '',
    primary key (article_id, language),
    unique (language, slug)
);

create table article_axis (
    article_id bigint not null references article (id) on delete cascade,
    axis_id    bigint not null references thematic_axis (id) on delete restrict,
    primary key (article_id, axis_id)
);
create index article_axis_axis_idx on article_axis (axis_id, article_id);

create table article_partner (
    article_id bigint not null references article (id) on delete cascade,
    partner_id bigint not null references partner (id) on delete restrict,
    primary key (article_id, partner_id)
);
create index article_partner_partner_idx on article_partner (partner_id, article_id);
