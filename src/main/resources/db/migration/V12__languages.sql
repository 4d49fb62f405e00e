-- Languages as reference data. The application's set of languages is configured
-- (oim.site.languages); the database accepts any language listed here, so a new language
-- takes one insert in a migration instead of new checks on every translation table.

-- code: a BCP 47 language tag, lower-case primary subtag of two or three letters
-- ('fr', 'ar', 'zgh' for Standard Moroccan Tamazight), optionally with subtags.
create table language (
    code     varchar(12) primary key check (code ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    position integer     not null unique
);
insert into language (code, position) values ('fr', 1), ('en', 2), ('ar', 3);

-- The stored search vectors depend on the language column, whose type changes below:
-- PostgreSQL refuses to alter a column a generated column reads, so they are dropped here
-- and generated again, normalised, at the end.
drop index article_translation_search_idx;
alter table article_translation drop column search_vector;
drop index page_translation_search_idx;
alter table page_translation drop column search_vector;
-- So does the trigger that counts articles per language (V7), which names the column.
drop trigger article_translation_tallied on article_translation;

alter table thematic_axis_translation drop constraint thematic_axis_translation_language_check,
    alter column language type varchar(12),
    add constraint thematic_axis_translation_language_fk foreign key (language) references language (code);
alter table partner_translation drop constraint partner_translation_language_check,
    alter column language type varchar(12),
    add constraint partner_translation_language_fk foreign key (language) references language (code);
alter table page_translation drop constraint page_translation_language_check,
    alter column language type varchar(12),
    add constraint page_translation_language_fk foreign key (language) references language (code);
alter table article_translation drop constraint article_translation_language_check,
    alter column language type varchar(12),
    add constraint article_translation_language_fk foreign key (language) references language (code);
alter table article_slug_alias drop constraint article_slug_alias_language_check,
    alter column language type varchar(12),
    add constraint article_slug_alias_language_fk foreign key (language) references language (code);

create trigger article_translation_tallied after insert or delete or update of article_id, language
    on article_translation
    for each row execute function tally_changed_article();

-- Arabic: PostgreSQL's Snowball stemmer (arabic_stem) with Latin words lower-cased and
-- unaccented, so that a mixed-script query ("OIM الهجرة") finds both parts.
create text search configuration ar_unaccent (copy = arabic);
alter text search configuration ar_unaccent
    alter mapping for asciiword, asciihword, hword_asciipart with simple;
alter text search configuration ar_unaccent
    alter mapping for word, hword, hword_part with unaccent, arabic_stem;

-- Any other language searches without a stemmer, accents ignored: a language added by
-- configuration is searchable at once; a migration may give it a stemmer here later.
create text search configuration simple_unaccent (copy = simple);
alter text search configuration simple_unaccent
    alter mapping for word, hword, hword_part with unaccent, simple;

create or replace function search_config(language varchar) returns regconfig
    language sql immutable strict parallel safe
    return case language
        when 'fr' then 'fr_unaccent'::regconfig
        when 'en' then 'en_unaccent'::regconfig
        when 'ar' then 'ar_unaccent'::regconfig
        else 'simple_unaccent'::regconfig end;

-- Arabic spelling variants folded to one form, on documents and queries alike (the
-- generated vectors below and SearchRepository's queries call this same function): a
-- visitor who types without diacritics, or with another hamza seat, finds the text.
--   tashkeel (U+064B..U+065F, U+0670 superscript alef, U+0610..U+061A) and tatweel (U+0640): removed
--   alef with hamza above/below, with madda, wasla (أ إ آ ٱ): bare alef (ا)
--   hamza on waw (ؤ): waw; hamza on yeh (ئ): yeh; alef maqsura (ى): yeh
--   taa marbuta (ة): heh (ه)
-- Text in other scripts is left as it is.
create function search_normalise(input text) returns text
    language sql immutable strict parallel safe
    return translate(
        regexp_replace(input, '[' || U&'\0610' || '-' || U&'\061A' || U&'\064B' || '-' || U&'\065F'
            || U&'\0670' || U&'\0640' || ']', '', 'g'),
        U&'\0623\0625\0622\0671\0624\0626\0649\0629',
        U&'\0627\0627\0627\0627\0648\064A\064A\0647');

alter table article_translation add column search_vector tsvector generated always as (
    setweight(to_tsvector(search_config(language), search_normalise(title)), 'A')
    || setweight(to_tsvector(search_config(language), search_normalise(summary)), 'B')
    || setweight(to_tsvector(search_config(language), search_normalise(html_to_text(body_html))), 'C')) stored;
alter table article_translation alter column search_vector set storage main;
create index article_translation_search_idx on article_translation using gin (search_vector);

alter table page_translation add column search_vector tsvector generated always as (
    setweight(to_tsvector(search_config(language), search_normalise(title)), 'A')
    || setweight(to_tsvector(search_config(language), search_normalise(html_to_text(body_html))), 'C')) stored;
alter table page_translation alter column search_vector set storage main;
create index page_translation_search_idx on page_translation using gin (search_vector);
