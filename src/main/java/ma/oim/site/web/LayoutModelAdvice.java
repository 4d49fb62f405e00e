package ma.oim.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import ma.oim.site.i18n.Language;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The attributes every page's layout reads, error pages included. */
@ControllerAdvice
class LayoutModelAdvice {

	private final SiteProperties site;

	private final OfficeProperties office;

	LayoutModelAdvice(SiteProperties site, OfficeProperties office) {
		this.site = site;
		this.office = office;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("office")
	OfficeProperties office() {
		return this.office;
	}

	@ModelAttribute("lang")
	Language language(Language language) {
		return language;
	}

	@ModelAttribute("nav")
	SiteNav nav(Language language) {
		return SiteNav.of(language);
	}

	/** The visitor's path, to mark the current menu entry. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (errorUri instanceof String original) ? original : request.getRequestURI();
	}

}
