package ma.oim.site.search;

import ma.oim.site.i18n.Language;

/**
 * One result, in the reader's language or, for an article that exists only in French,
 * in French ({@code textLanguage} says so, for the mark and the {@code lang} attribute).
 *
 * @param kind what was found: {@code ARTICLE}, {@code PAGE} or {@code PUBLICATION}
 * @param titleHtml the title, HTML-escaped, with the words found in {@code <mark>}
 * @param snippetHtml extracts of the text, HTML-escaped, with the words found in
 * {@code <mark>}; empty when the page has no text
 * @param isoDate publication date of an article, or null for a page
 */
public record SearchHit(String kind, String path, String titleHtml, String snippetHtml, Language textLanguage,
		String isoDate, String date) {

	public boolean isTranslationMissing(Language language) {
		return this.textLanguage != language;
	}

}
