package ma.oim.site.publications;

import ma.oim.site.i18n.Language;
import ma.oim.site.media.LibraryQuery;
import ma.oim.site.web.BackOffice;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The media library's documents (beside its images, {@code /admin/media}): every file of
 * every publication, searched by name, title and month; a document's page gives the
 * Markdown that links to it from an article or a page.
 */
@Controller
@BackOffice
class DocumentLibraryController {

	private final DocumentLibrary library;

	DocumentLibraryController(DocumentLibrary library) {
		this.library = library;
	}

	@GetMapping(DocumentLibrary.PATH)
	String list(@ModelAttribute("query") LibraryQuery query, PageNumber page, Language language, Model model) {
		if (!query.isValid()) {
			throw new BadRequestException();
		}
		DocumentLibrary.Results results = this.library.search(query, page, language);
		page.requireWithin(results.pages());
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(page.value(), (int) results.pages(), query.listPath(DocumentLibrary.PATH)));
		return "admin/media/documents";
	}

	@GetMapping(DocumentLibrary.PATH + "/{id}")
	String document(@PathVariable long id, Language language, Model model) {
		model.addAttribute("document", this.library.item(id, language).orElseThrow(NotFoundException::new));
		model.addAttribute("referrers", this.library.referrers(id, language));
		return "admin/media/document";
	}

}
