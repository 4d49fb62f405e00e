package ma.oim.site.pages;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.content.DocumentLinks;
import ma.oim.site.content.VideoLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.ResponsiveImages;
import ma.oim.site.web.ContentSecurityPolicy;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/** Organisation pages, at the path their slugs make: {@code /fr/qui-sommes-nous/a-propos}. */
@Controller
class PageController {

	private final OrganisationPages pages;

	private final AxisLinks axes;

	private final Messages messages;

	private final ResponsiveImages images;

	private final DocumentLinks documents;

	PageController(OrganisationPages pages, AxisLinks axes, Messages messages, ResponsiveImages images,
			DocumentLinks documents) {
		this.documents = documents;
		this.images = images;
		this.pages = pages;
		this.axes = axes;
		this.messages = messages;
	}

	/** The least specific route of the site: every more specific one is tried first. */
	@GetMapping(SitePaths.PAGE)
	String page(@PathVariable String path, Language language, Model model, HttpServletResponse response) {
		String pagePath = path.substring(1);
		if (pagePath.isEmpty() || pagePath.length() > SitePaths.MAX_SLUG_LENGTH * 4) {
			throw new NotFoundException();
		}
		PageTree tree = this.pages.tree();
		PageNode page = tree.findByPath(language, pagePath).orElseThrow(NotFoundException::new);
		PageNode.Text text = page.text(language).orElseThrow();
		model.addAttribute("page", shown(text, language, response));
		model.addAttribute("children", OrganisationPages.items(tree, tree.children(page.id()), language));
		if (page.listing() == PageListing.AXES) {
			model.addAttribute("axes", this.axes.all(language));
		}
		model.addAttribute("meta", PageMeta
			.of(language, text.title(), description(text, language),
					SitePaths.inLanguagesWhere((other) -> page.text(other).map((t) -> SitePaths.page(other, t.path()))))
			.withBreadcrumb(breadcrumb(tree, page, text, language)));
		return "pages/page";
	}

	/**
	 * The text as shown: its images responsive (the first is the page's lead image), its
	 * video addresses made into videos, whose player only this page's policy lets in; its
	 * links to the library's documents only while they are public.
	 */
	private PageNode.Text shown(PageNode.Text text, Language language, HttpServletResponse response) {
		VideoLinks.Embedded body = VideoLinks.embed(
				this.images.inHtml(this.documents.shown(text.bodyHtml()), language, true),
				(code, host) -> this.messages.get(code, language, host));
		if (!body.frameSources().isEmpty()) {
			response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withFrames(body.frameSources()));
		}
		return new PageNode.Text(text.slug(), text.path(), text.title(), body.html());
	}

	private Crumb[] breadcrumb(PageTree tree, PageNode page, PageNode.Text text, Language language) {
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)));
		for (PageNode ancestor : tree.ancestors(page)) {
			ancestor.text(language)
				.ifPresent((t) -> crumbs.add(new Crumb(t.title(), SitePaths.page(language, t.path()))));
		}
		crumbs.add(Crumb.current(text.title()));
		return crumbs.toArray(Crumb[]::new);
	}

	/** The page's text without markup, cut between words; the site's description when it has none. */
	private String description(PageNode.Text text, Language language) {
		String plain = HtmlUtils.htmlUnescape(text.bodyHtml().replaceAll("<[^>]*>", " ")).strip().replaceAll("\\s+", " ");
		if (plain.isEmpty()) {
			return this.messages.get("site.description", language);
		}
		return (plain.length() > 200) ? plain.substring(0, plain.lastIndexOf(' ', 197)) + "…" : plain;
	}

}
