package ma.oim.site.browser;

import java.util.List;
import java.util.stream.Stream;

import ma.oim.site.testsupport.SampleCall;
import ma.oim.site.testsupport.SamplePressRelease;
import ma.oim.site.testsupport.SampleStory;
import ma.oim.site.testsupport.SampleEvent;
import ma.oim.site.testsupport.SamplePublication;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every kind of page of the site, in French, English and Arabic, for the accessibility
 * and HTML checks. Back-office pages take their language from {@code ?lang=}. The
 * publication pages need {@link SamplePublication#ensure}, the event pages {@link SampleEvent#ensure},
 * the call pages {@link SampleCall#ensure},
 * the press release pages {@link SamplePressRelease#ensure},
 * the story pages {@link SampleStory#ensure}.
 */
final class PageTypes {

	/** A kind of page: its name, its French and English addresses, and whether it needs a signed-in user. */
	record PageType(String name, String french, String english, String arabic, boolean signedIn) {

		/** A back-office page: its Arabic address is the French one with {@code lang=ar}. */
		PageType(String name, String french, String english, boolean signedIn) {
			this(name, french, english, french.replace("lang=fr", "lang=ar"), signedIn);
		}

		/** The page's address as a browser sends it (Arabic percent-encoded), or null when it has none in the language. */
		String path(String language) {
			return switch (language) {
				case "fr" -> this.french;
				case "en" -> this.english;
				default -> (this.arabic != null) ? UriComponentsBuilder.fromUriString(this.arabic).encode().build().toUriString()
						: null;
			};
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final String ARTICLE_FR = "/fr/actualites/cop22-la-mobilite-humaine-au-coeur-des-preoccupations-du-maroc";

	static final String ARTICLE_EN = "/en/news/cop22-human-mobility-at-the-heart-of-morocco-s-concerns";

	static final String ARTICLE_AR = "/ar/الأخبار/cop22-التنقل-البشري-في-صلب-اهتمامات-المغرب";

	static final List<PageType> PUBLIC = List.of(
			new PageType("home", "/fr", "/en", "/ar", false),
			new PageType("organisation page", "/fr/qui-sommes-nous", "/en/who-we-are", "/ar/من-نحن", false),
			new PageType("organisation page with the axes", "/fr/notre-travail/ce-que-nous-faisons",
					"/en/our-work/what-we-do", "/ar/عملنا/ما-نقوم-به", false),
			new PageType("axis", "/fr/notre-travail/axes/protection-et-resilience",
					"/en/our-work/areas/protection-and-resilience", "/ar/عملنا/المحاور/الحماية-والقدرة-على-الصمود", false),
			new PageType("news list", "/fr/actualites", "/en/news", "/ar/الأخبار", false),
			new PageType("news list, filtered", "/fr/actualites?year=2016&axis=protection-et-resilience",
					"/en/news?year=2016&axis=protection-and-resilience", "/ar/الأخبار?year=2016&axis=الحماية-والقدرة-على-الصمود", false),
			new PageType("news list, page 2", "/fr/actualites?page=2", "/en/news?page=2", "/ar/الأخبار?page=2", false),
			new PageType("article", ARTICLE_FR, ARTICLE_EN, ARTICLE_AR, false),
			new PageType("partners", "/fr/partenaires", "/en/partners", "/ar/الشركاء", false),
			new PageType("search", "/fr/recherche?q=migration", "/en/search?q=migration", "/ar/بحث?q=الهجرة", false),
			new PageType("search, no result", "/fr/recherche?q=zzzzzz", "/en/search?q=zzzzzz", "/ar/بحث?q=zzzzzz", false),
			new PageType("search, empty", "/fr/recherche", "/en/search", "/ar/بحث", false),
			new PageType("contact", "/fr/contact", "/en/contact", "/ar/اتصل-بنا", false),
			new PageType("publications", "/fr/publications", "/en/publications", "/ar/منشورات", false),
			new PageType("publications, filtered", "/fr/publications?type=report&year=2024",
					"/en/publications?type=report&year=2024", "/ar/منشورات?type=report&year=2024", false),
			new PageType("publication", SamplePublication.FRENCH, SamplePublication.ENGLISH, SamplePublication.ARABIC,
					false),
			new PageType("events list", "/fr/evenements", "/en/events", "/ar/فعاليات", false),
			new PageType("events calendar", "/fr/evenements" + SampleEvent.MONTH, "/en/events" + SampleEvent.MONTH,
					"/ar/فعاليات" + SampleEvent.MONTH, false),
			new PageType("event", SampleEvent.FRENCH, SampleEvent.ENGLISH, SampleEvent.ARABIC, false),
			new PageType("calls list", "/fr/appels", "/en/calls", "/ar/نداءات", false),
			new PageType("closed calls", "/fr/appels/clotures", "/en/calls/closed", "/ar/نداءات/مغلقة", false),
			new PageType("call", SampleCall.FRENCH, SampleCall.ENGLISH, SampleCall.ARABIC, false),
			new PageType("press releases", "/fr/communiques-de-presse", "/en/press-releases", "/ar/بلاغات-صحفية", false),
			new PageType("press release", SamplePressRelease.FRENCH, SamplePressRelease.ENGLISH, SamplePressRelease.ARABIC,
					false),
			new PageType("stories", "/fr/recits", "/en/stories", "/ar/قصص", false),
			new PageType("story", SampleStory.FRENCH, SampleStory.ENGLISH, SampleStory.ARABIC, false),
			new PageType("404", "/fr/cette-page-n-existe-pas", "/en/no-such-page", "/ar/صفحة-غير-موجودة", false));

	static final List<PageType> BACK_OFFICE = List.of(
			new PageType("login", "/login?lang=fr", "/login?lang=en", false),
			new PageType("admin dashboard", "/admin?lang=fr", "/admin?lang=en", true),
			new PageType("article list", "/admin/articles?lang=fr", "/admin/articles?lang=en", true),
			new PageType("article editor", "/admin/articles/new?lang=fr", "/admin/articles/new?lang=en", true),
			new PageType("publication list", "/admin/publications?lang=fr", "/admin/publications?lang=en", true),
			new PageType("publication editor", "/admin/publications/new?lang=fr", "/admin/publications/new?lang=en", true),
			new PageType("publication editor, with files", "/admin/publications/" + SamplePublication.ID + "?lang=fr",
					"/admin/publications/" + SamplePublication.ID + "?lang=en", true),
			new PageType("accounts", "/admin/users?lang=fr", "/admin/users?lang=en", true),
			new PageType("new account", "/admin/users/new?lang=fr", "/admin/users/new?lang=en", true),
			new PageType("account", "/admin/users/1?lang=fr", "/admin/users/1?lang=en", true),
			new PageType("article editor, published article", "/admin/articles/1?lang=fr", "/admin/articles/1?lang=en", true),
			new PageType("article revisions", "/admin/articles/1/revisions?lang=fr", "/admin/articles/1/revisions?lang=en",
					true),
			new PageType("article deletion", "/admin/articles/1/delete?lang=fr", "/admin/articles/1/delete?lang=en", true),
			new PageType("article preview", "/admin/articles/1/preview/fr?lang=fr", "/admin/articles/1/preview/en?lang=en",
					"/admin/articles/1/preview/ar?lang=ar", true),
			new PageType("site overview", "/admin/site?lang=fr", "/admin/site?lang=en", true),
			new PageType("contact inbox", "/admin/contact?lang=fr", "/admin/contact?lang=en", true),
			new PageType("page editor", "/admin/pages/1?lang=fr", "/admin/pages/1?lang=en", true),
			new PageType("new page", "/admin/pages/new?parent=1&lang=fr", "/admin/pages/new?parent=1&lang=en", true),
			new PageType("axis editor", "/admin/axes/1?lang=fr", "/admin/axes/1?lang=en", true),
			new PageType("partner editor", "/admin/partners/1?lang=fr", "/admin/partners/1?lang=en", true),
			new PageType("audit log", "/admin/audit?lang=fr", "/admin/audit?lang=en", true),
			new PageType("redirects", "/admin/redirects?lang=fr", "/admin/redirects?lang=en", true),
			new PageType("own password", "/admin/account/password?lang=fr", "/admin/account/password?lang=en", true),
			new PageType("forgotten password", "/login/forgot?lang=fr", "/login/forgot?lang=en", false),
			new PageType("forgotten password, link sent", "/login/forgot?sent&lang=fr", "/login/forgot?sent&lang=en",
					false),
			new PageType("reset link not valid", "/login/reset?token=expired&lang=fr",
					"/login/reset?token=expired&lang=en", false),
			new PageType("own sessions", "/admin/account/sessions?lang=fr", "/admin/account/sessions?lang=en", true),
			new PageType("own passkeys", "/admin/account/passkeys?lang=fr", "/admin/account/passkeys?lang=en", true),
			new PageType("administrators' passkey setting", "/admin/users/passkey-setting?lang=fr",
					"/admin/users/passkey-setting?lang=en", true),
			new PageType("review queue", "/admin/review?lang=fr", "/admin/review?lang=en", true),
			new PageType("article review, not waiting", "/admin/articles/1/review?lang=fr",
					"/admin/articles/1/review?lang=en", true),
			new PageType("review setting", "/admin/review/setting?lang=fr", "/admin/review/setting?lang=en", true),
			new PageType("media library", "/admin/media?lang=fr", "/admin/media?lang=en", true),
			new PageType("media library, no result", "/admin/media?q=zzzzzz&month=2020-01&lang=fr",
					"/admin/media?q=zzzzzz&month=2020-01&lang=en", true));

	/** An image of the library with a consent problem: its page, the library and the dashboard listing it. */
	static final String MEDIA_ITEM = "media library image";

	/** An article with a featured photo, two in its text and a video (testsupport.ImageArticles), checked apart. */
	static final String ARTICLE_WITH_PHOTOS = "article with photos and a video";

	/** The focal point screen of that article's featured photo. */
	static final String FOCAL_POINT = "focal point of an image";

	/** The article editor sent back with validation errors: a page made by a POST, checked apart. */
	static final String EDITOR_WITH_ERRORS = "article editor with validation errors";

	/** The editor of an article whose English is out of date: the French changes, the confirm button. */
	static final String EDITOR_OUT_OF_DATE = "article editor, translation out of date";

	static final List<String> LANGUAGES = List.of("fr", "en", "ar");

	/** The back office's languages ({@code oim.site.back-office-languages}). */
	static final List<String> BACK_OFFICE_LANGUAGES = List.of("fr", "en", "ar");

	private PageTypes() {
	}

	/** What a page answers: 200, but a missing page 404 and a refused reset link 400. */
	static int expectedStatus(PageType type) {
		return switch (type.name()) {
			case "404" -> 404;
			case "reset link not valid" -> 400;
			default -> 200;
		};
	}

	static Stream<PageType> all() {
		return Stream.concat(PUBLIC.stream(), BACK_OFFICE.stream());
	}

}
