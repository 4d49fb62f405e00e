-- Responsive images. The editor's focal point (percent of the width and the height from
-- the top left corner) is kept with the image; crops are cut around it.
alter table media
    add column focal_x integer not null default 50 check (focal_x between 0 and 100),
    add column focal_y integer not null default 50 check (focal_y between 0 and 100);

-- Renditions made from the widest variant the first time they are asked for (WebP copies,
-- crops around the focal point), then stored so that no node computes one twice. The
-- name is the rendition's address below /media/{id}/ ('w/480.webp', '3x2-50-40/960.jpg'):
-- a crop's name holds the focal point it was cut around, so a new focal point makes new
-- addresses, and the crops around the old one are deleted with the change.
create table media_rendition (
    media_id     bigint      not null references media (id) on delete cascade,
    name         varchar(40) not null,
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes        bytea       not null,
    created_at   timestamptz not null,
    primary key (media_id, name)
);
