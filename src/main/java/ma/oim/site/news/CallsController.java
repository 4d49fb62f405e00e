package ma.oim.site.news;

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
 * The calls (jobs, consultancies, tenders): the open ones, and the closed ones on a page of
 * their own. A call's own page is its article's page.
 */
@Controller
class CallsController {

	private final PublicCalls calls;

	private final Messages messages;

	CallsController(PublicCalls calls, Messages messages) {
		this.calls = calls;
		this.messages = messages;
	}

	@GetMapping(SitePaths.CALLS)
	String open(PageNumber page, Language language, Model model) {
		model.addAttribute("list", this.calls.open(language, page));
		model.addAttribute("closed", false);
		model.addAttribute("otherPath", SitePaths.callsClosed(language));
		String title = this.messages.get("calls.title", language);
		model.addAttribute("meta",
				PageMeta.of(language, title, this.messages.get("calls.description", language),
						SitePaths.inEveryLanguage(SitePaths::calls))
					.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
							Crumb.current(title)));
		return "calls/list";
	}

	@GetMapping(SitePaths.CALLS_CLOSED)
	String closed(PageNumber page, Language language, Model model) {
		model.addAttribute("list", this.calls.closed(language, page));
		model.addAttribute("closed", true);
		model.addAttribute("otherPath", SitePaths.calls(language));
		String title = this.messages.get("calls.closed.title", language);
		model.addAttribute("meta",
				PageMeta.of(language, title, this.messages.get("calls.closed.description", language),
						SitePaths.inEveryLanguage(SitePaths::callsClosed))
					.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
							new Crumb(this.messages.get("calls.title", language), SitePaths.calls(language)),
							Crumb.current(title)));
		return "calls/list";
	}

}
