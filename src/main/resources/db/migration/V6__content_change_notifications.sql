-- Every change to public content, by the application or by hand, tells every
-- application node (LISTEN oim_content_changed) to drop its cache of rendered pages.
-- NOTIFY is delivered when the changing transaction commits, and only then.
create function notify_content_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('oim_content_changed', tg_table_name);
    return null;
end
$$;

do
$$
    declare
        content_table text;
    begin
        foreach content_table in array array ['article', 'article_translation', 'article_axis', 'article_partner',
            'article_slug_alias', 'page', 'page_translation', 'thematic_axis', 'thematic_axis_translation',
            'partner', 'partner_translation', 'media']
            loop
                execute format('create trigger %I after insert or update or delete or truncate on %I '
                                   || 'for each statement execute function notify_content_changed()',
                               content_table || '_changed', content_table);
            end loop;
    end
$$;
