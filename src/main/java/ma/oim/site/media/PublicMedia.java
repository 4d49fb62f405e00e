package ma.oim.site.media;

/**
 * What "public" means for an image, said once: an image is served to visitors only while
 * some content that is public now uses it. Each use carries the time from which its
 * content is public ({@code media_use.public_from}): an article's publication time (a
 * scheduled one's is in the future), a translation's own time, or the epoch for pages and
 * partners; none (null) while the content is a draft or withdrawn, and no row at all once
 * it is deleted or for an image only uploaded to the library. Content that expires gives
 * the time it stops being public too ({@code media_use.public_until}): its images stop
 * with it. Compared with the injectable clock at query time, so a scheduled article's
 * images appear at its minute, and an expired one's go at theirs, with no job.
 */
final class PublicMedia {

	/** SQL: the use {@code u} of an image is public at {@code :now}. */
	static final String USE_SQL = "coalesce(u.public_from <= :now and (u.public_until is null or u.public_until > :now),"
			+ " false)";

	/** SQL: the image {@code m} is public at {@code :now}. */
	static final String SQL = "exists (select 1 from media_use u where u.media_id = m.id and " + USE_SQL + ")";

	private PublicMedia() {
	}

}
