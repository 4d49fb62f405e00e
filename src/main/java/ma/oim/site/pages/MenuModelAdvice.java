package ma.oim.site.pages;

import java.util.List;

import ma.oim.site.i18n.Language;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's layout shows the main menu in the page's language. It is read when a
 * template shows it, not for every handler: feeds, sitemaps and redirects have no menu.
 */
@ControllerAdvice
class MenuModelAdvice {

	private final OrganisationPages menus;

	MenuModelAdvice(OrganisationPages menus) {
		this.menus = menus;
	}

	@ModelAttribute("menu")
	LazyContextVariable<List<MenuItem>> menu(Language language) {
		return new LazyContextVariable<>() {

			/** Without the database the menu is empty, so that the error page can still be shown. */
			@Override
			protected List<MenuItem> loadValue() {
				try {
					return MenuModelAdvice.this.menus.menu(language);
				}
				catch (DataAccessException | TransactionException ex) {
					return List.of();
				}
			}

		};
	}

}
