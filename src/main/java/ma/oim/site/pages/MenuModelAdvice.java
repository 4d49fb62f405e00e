package ma.oim.site.pages;

import java.util.List;

import ma.oim.site.i18n.Language;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows the main menu in the page's language. */
@ControllerAdvice
class MenuModelAdvice {

	private final MenuService menus;

	MenuModelAdvice(MenuService menus) {
		this.menus = menus;
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(Language language) {
		return this.menus.menu(language);
	}

}
