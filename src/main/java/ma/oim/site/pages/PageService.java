package ma.oim.site.pages;

import java.util.Optional;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.SitePaths;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisation pages. The tree is small (a dozen pages): it is read whole. */
@Service
public class PageService {

	private final PageRepository pages;

	PageService(PageRepository pages) {
		this.pages = pages;
	}

	@Transactional(readOnly = true)
	public PageTree tree() {
		return new PageTree(this.pages.findAllWithTranslations());
	}

	/** The first page of the menu ("Qui sommes nous"), whose text opens the home page. */
	@Transactional(readOnly = true)
	public Optional<PageIntro> intro(Language language) {
		return tree().roots()
			.stream()
			.findFirst()
			.flatMap((page) -> page.text(language))
			.map((text) -> new PageIntro(text.getTitle(), text.getBodyHtml(), SitePaths.page(language, text.getPath())));
	}

}
