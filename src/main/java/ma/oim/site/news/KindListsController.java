package ma.oim.site.news;

import java.util.function.Function;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The lists of the kinds of article that are one list of cards (one template,
 * {@code kinds/list}): the open calls, the closed calls, the press releases, the stories. Each mapping
 * says only its read, its words and its neighbour list. An item's own page is its
 * article's page. (Events have their calendar: {@link EventsController}.)
 */
@Controller
class KindListsController {

	private final PublicCalls calls;

	private final PublicPressReleases pressReleases;

	private final Messages messages;

	KindListsController(PublicCalls calls, PublicPressReleases pressReleases, Messages messages) {
		this.calls = calls;
		this.pressReleases = pressReleases;
		this.messages = messages;
	}

	@GetMapping(SitePaths.CALLS)
	String openCalls(PageNumber page, Language language, Model model) {
		KindLists.Page list = this.calls.open(language, page);
		return show(list, "calls", "calls.count", "calls.intro", SitePaths::calls, null,
				new Crumb(this.messages.get("calls.closed.link", language), SitePaths.callsClosed(language)), language,
				model);
	}

	@GetMapping(SitePaths.CALLS_CLOSED)
	String closedCalls(PageNumber page, Language language, Model model) {
		KindLists.Page list = this.calls.closed(language, page);
		return show(list, "calls.closed", "calls.closed.count", null, SitePaths::callsClosed,
				new Crumb(this.messages.get("calls.title", language), SitePaths.calls(language)),
				new Crumb(this.messages.get("calls.open.link", language), SitePaths.calls(language)), language, model);
	}

	@GetMapping(SitePaths.STORIES)
	String stories(PageNumber page, Language language, Model model) {
		KindLists.Page list = this.pressReleases.stories(language, page);
		return show(list, "stories", "stories.count", "stories.intro", SitePaths::stories, null, null, language, model);
	}

	@GetMapping(SitePaths.PRESS_RELEASES)
	String pressReleases(PageNumber page, Language language, Model model) {
		KindLists.Page list = this.pressReleases.list(language, page);
		return show(list, "press", "press.count", "press.intro", SitePaths::pressReleases, null, null, language, model);
	}

	/**
	 * @param words the prefix of the list's {@code .title} and {@code .description}
	 * @param parent the list above it in the breadcrumb, or null
	 * @param other a link to the neighbour list, or null
	 */
	private String show(KindLists.Page list, String words, String countKey, String introKey,
			Function<Language, String> path, Crumb parent, Crumb other, Language language, Model model) {
		String title = this.messages.get(words + ".title", language);
		model.addAttribute("list", list);
		model.addAttribute("title", title);
		model.addAttribute("intro", (introKey != null) ? this.messages.get(introKey, language) : null);
		model.addAttribute("count", this.messages.get(countKey, language, list.total()));
		model.addAttribute("other", other);
		Crumb home = new Crumb(this.messages.get("nav.home", language), SitePaths.home(language));
		PageMeta meta = PageMeta.of(language, title, this.messages.get(words + ".description", language),
				SitePaths.inEveryLanguage(path::apply));
		model.addAttribute("meta", (parent != null) ? meta.withBreadcrumb(home, parent, Crumb.current(title))
				: meta.withBreadcrumb(home, Crumb.current(title)));
		return "kinds/list";
	}

}
