package ma.oim.site.news;

import java.util.List;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaView;

/**
 * An article as a list shows it, in the reader's language. An article not translated
 * into that language is shown in French: {@code textLanguage} says so, for the "in
 * French" mark and the {@code lang} attribute of its text. An event carries its time
 * ({@code event}, null for news);
 * a call its type and deadline ({@code call}); every card its kind.
 */
public record ArticleCard(String path, String title, String summary, Language textLanguage, String isoDate,
		String date, List<AxisLink> axes, MediaView image, EventTime event,
		CallDeadline call, ArticleKind kind) {

	/** A story, which lists mark as such. */
	public boolean isStory() {
		return this.kind == ArticleKind.STORY;
	}

	/** A press release, which lists mark as such. */
	public boolean isPressRelease() {
		return this.kind == ArticleKind.PRESS_RELEASE;
	}

	/** A call, which lists mark as such with its type and deadline; null for other kinds. */
	public boolean isCall() {
		return this.call != null;
	}

	/** An event, which lists mark as such with its time; null for news. */
	public boolean isEvent() {
		return this.event != null;
	}

	public boolean isTranslationMissing(Language language) {
		return this.textLanguage != language;
	}

}
