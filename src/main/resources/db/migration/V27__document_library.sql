-- The media library holds documents too: every publication's file is listed, found by
-- words of its name or of its publication's titles (trigram indexes) or by month, newest
-- first; and a publication may take an image of the library as its cover in a language.

-- A publication uses images (its covers): media_use knows it as an owner, so that the
-- image is public while the publication is, is listed where used and cannot be deleted.
alter table media_use drop constraint media_use_owner_check;
alter table media_use add constraint media_use_owner_check
    check (owner in ('ARTICLE', 'PAGE', 'PARTNER', 'PUBLICATION'));

-- A cover from the library, instead of one uploaded for the publication alone.
alter table publication_text
    add column cover_media_id bigint references media (id) on delete set null;
create index publication_text_cover_media_idx on publication_text (cover_media_id) where cover_media_id is not null;

-- The library's documents view: newest first, words of the name or of a title anywhere.
create index publication_file_uploaded_idx on publication_file (uploaded_at desc, id desc);
create index publication_file_name_idx on publication_file using gin (lower(original_name) gin_trgm_ops);
create index publication_text_title_trgm_idx on publication_text using gin (lower(title) gin_trgm_ops);
