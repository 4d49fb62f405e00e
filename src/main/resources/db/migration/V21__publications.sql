-- Publications: reports, factsheets, studies, press kits, calls. Each has a text per
-- language (slug, title, summary) and at most one file per language (PDF, DOCX, XLSX or
-- ODT), stored in PostgreSQL in chunks so that downloads stream and any node serves them.
-- The publication state follows the articles' pattern: status + published_at, compared
-- with the clock at query time (a future published_at is "scheduled").

create table publication (
    id           bigserial primary key,
    type         varchar(16)  not null check (type in ('REPORT', 'FACTSHEET', 'STUDY', 'PRESS_KIT', 'CALL', 'OTHER')),
    status       varchar(16)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at timestamptz,
    -- The document's own date (shown, sorted on, filtered by year).
    issued_on    date         not null,
    created_by   varchar(320) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0,
    check (status <> 'PUBLISHED' or published_at is not null)
);
create index publication_public_idx on publication (issued_on desc, id desc) where status = 'PUBLISHED';

create table publication_text (
    publication_id bigint       not null references publication (id) on delete cascade,
    language       varchar(12)  not null references language (code),
    slug           varchar(200) not null,
    title          varchar(300) not null,
    summary        text         not null default '',
    -- A cover given by the editor, re-encoded (JPEG); none: the first page of the file.
    cover_jpeg     bytea,
    search_vector  tsvector generated always as (
        setweight(to_tsvector(search_config(language), search_normalise(title)), 'A')
        || setweight(to_tsvector(search_config(language), search_normalise(summary)), 'B')) stored,
    primary key (publication_id, language),
    unique (language, slug)
);
alter table publication_text alter column search_vector set storage main;
create index publication_text_search_idx on publication_text using gin (search_vector);

create table publication_axis (
    publication_id bigint not null references publication (id) on delete cascade,
    axis_id        bigint not null references thematic_axis (id) on delete restrict,
    primary key (publication_id, axis_id)
);
create index publication_axis_axis_idx on publication_axis (axis_id);

create table publication_partner (
    publication_id bigint not null references publication (id) on delete cascade,
    partner_id     bigint not null references partner (id) on delete restrict,
    primary key (publication_id, partner_id)
);
create index publication_partner_partner_idx on publication_partner (partner_id);

-- One file per language. Its text is extracted after the upload commits, by whichever node
-- claims the row (extraction_status), so an editor never waits and every node sees the state.
create table publication_file (
    id                    bigserial primary key,
    publication_id        bigint       not null references publication (id) on delete cascade,
    language              varchar(12)  not null references language (code),
    -- As the editor sent it, shown in the back office only.
    original_name         varchar(255) not null,
    media_type            varchar(100) not null,
    extension             varchar(8)   not null,
    size_bytes            bigint       not null,
    page_count            integer,
    sha256                char(64)     not null,
    -- What the file says of itself (shown to the editor before publication).
    meta_author           varchar(500),
    meta_software         varchar(500),
    meta_title            varchar(500),
    uploaded_by           varchar(320) not null,
    uploaded_at           timestamptz  not null,
    extraction_status     varchar(16)  not null check (extraction_status in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'NONE')),
    -- A message code saying why search cannot read the file.
    extraction_problem    varchar(100),
    extraction_started_at timestamptz,
    extracted_at          timestamptz,
    extracted_text        text,
    -- The first page, rendered (JPEG).
    cover_jpeg            bytea,
    search_vector         tsvector generated always as (
        setweight(to_tsvector(search_config(language), search_normalise(coalesce(extracted_text, ''))), 'C')) stored,
    unique (publication_id, language)
);
create index publication_file_search_idx on publication_file using gin (search_vector);
create index publication_file_waiting_idx on publication_file (id) where extraction_status in ('PENDING', 'RUNNING');

-- The bytes, 1 MiB a row: written and read one chunk at a time, never a whole file in memory.
create table publication_file_chunk (
    file_id  bigint  not null references publication_file (id) on delete cascade,
    position integer not null,
    bytes    bytea   not null,
    primary key (file_id, position)
);
-- PDFs and Office files are compressed already: no second attempt.
alter table publication_file_chunk alter column bytes set storage external;

-- Every node's page cache is emptied when a publication changes (V6).
do
$$
    declare
        content_table text;
    begin
        foreach content_table in array array ['publication', 'publication_text', 'publication_axis',
            'publication_partner', 'publication_file']
            loop
                execute format('create trigger %I after insert or update or delete or truncate on %I '
                                   || 'for each statement execute function notify_content_changed()',
                               content_table || '_changed', content_table);
            end loop;
    end
$$;
