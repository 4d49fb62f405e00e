package ma.oim.site.pages;

import java.util.List;

import ma.oim.site.i18n.Language;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows the main menu in the page's language. */
@ControllerAdvice
class MenuModelAdvice {

	private final MenuService menus;

	MenuModelAdvice(MenuService menus) {
		this.menus = menus;
	}

	/** Without the database the menu is empty, so that the error page can still be shown. */
	@ModelAttribute("menu")
	List<MenuItem> menu(Language language) {
		try {
			return this.menus.menu(language);
		}
		catch (DataAccessException | TransactionException ex) {
			return List.of();
		}
	}

}
