package ma.oim.site.news;

/**
 * What an article is: news, an event (with a time and a place), a call (a job, a consultancy or
 * a tender, with a deadline), a press release (with its press contact), or a story (long-form, with a lead image). Kinds of content are
 * kinds of article, so review, translations, revisions, scheduling, search, feeds and
 * sitemaps apply to all of them; a new kind adds its name here and to the table's check.
 */
public enum ArticleKind {

	NEWS, EVENT, CALL, PRESS_RELEASE, STORY

}
