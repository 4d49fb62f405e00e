package ma.oim.site.admin;

import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import ma.oim.site.news.ArticleBodies;
import ma.oim.site.news.ArticleView;
import ma.oim.site.news.BackOfficeArticles;
import ma.oim.site.pages.OrganisationPages;
import ma.oim.site.review.ReviewPolicy;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.ContentSecurityPolicy;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.SiteNav;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The exact public rendering of an article, whatever its state, for signed-in users only:
 * the public page's template, in the previewed language rather than the back office's. A
 * contributor previews only their own articles.
 */
@Controller
@BackOffice
class ArticlePreviewController {

	private final BackOfficeArticles articles;

	private final OrganisationPages pages;

	private final ReviewPolicy policy;

	private final ArticleBodies bodies;

	ArticlePreviewController(BackOfficeArticles articles, OrganisationPages pages, ReviewPolicy policy,
			ArticleBodies bodies) {
		this.bodies = bodies;
		this.articles = articles;
		this.pages = pages;
		this.policy = policy;
	}

	@GetMapping("/admin/articles/{id}/preview/{languageCode}")
	String preview(@PathVariable long id, @PathVariable String languageCode, Authentication principal, Model model,
			HttpServletResponse response) {
		Language language = Language.fromCode(languageCode).orElseThrow(NotFoundException::new);
		if (!this.policy.writesOthersArticles(principal) && !this.articles.byId(id)
			.map((article) -> principal.getName().equals(article.getAuthorEmail()))
			.orElse(false)) {
			throw new AccessDeniedException("another writer's article");
		}
		ArticleView view = this.bodies.shown(this.articles.preview(id, language).orElseThrow(NotFoundException::new),
				language);
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		if (!view.frameSources().isEmpty()) {
			response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withFrames(view.frameSources()));
		}
		model.addAttribute("article", view);
		model.addAttribute("lang", language);
		model.addAttribute("nav", SiteNav.of(language));
		model.addAttribute("menu", this.pages.menu(language));
		model.addAttribute("meta", PageMeta.preview(language, view.title(), view.summary()));
		return "news/article";
	}

}
