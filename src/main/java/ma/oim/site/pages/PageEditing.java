package ma.oim.site.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import ma.oim.site.content.Markdown;
import ma.oim.site.content.Slugs;
import ma.oim.site.content.TranslationsForm;
import ma.oim.site.i18n.Language;
import ma.oim.site.media.MediaLibrary;
import ma.oim.site.media.MediaService;
import ma.oim.site.pages.PageAddressesChanged.Moved;
import ma.oim.site.web.SitePaths;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriUtils;

/**
 * Editors rewrite the organisation pages (title and Markdown text per language), their
 * order in the menu and their slugs. Every save is announced as a {@link PageSaved}, every
 * move as a {@link PageAddressesChanged}.
 */
@Service
@Transactional
class PageEditing {

	private final PageRepository pages;

	private final Markdown markdown;

	private final MediaService media;

	private final MediaLibrary library;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	PageEditing(PageRepository pages, Markdown markdown, MediaService media, MediaLibrary library,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.pages = pages;
		this.markdown = markdown;
		this.media = media;
		this.library = library;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationPage> byId(long id) {
		return this.pages.findById(id).map((page) -> {
			page.text(Language.record());
			return page;
		});
	}

	@Transactional(readOnly = true)
	public TranslationsForm formOf(OrganisationPage page) {
		TranslationsForm form = new TranslationsForm();
		for (Language language : Language.values()) {
			page.text(language).ifPresent((text) -> {
				form.in(language).setName(text.getTitle());
				form.in(language).setText(text.getBodyMarkdown());
			});
		}
		form.setPosition(page.getPosition());
		return form;
	}

	/**
	 * A page is public as soon as it is saved: it shows only images that may be published
	 * (a photo of people needs a consent recorded and not expired), refused by the text.
	 */
	@Transactional(readOnly = true)
	public void validateImages(TranslationsForm form, Errors errors) {
		Map<String, Set<Long>> images = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			if (form.has(language)) {
				images.put("texts[" + language.code() + "].text",
						MediaService.referencedIn(this.markdown.toSafeHtml(form.in(language).getText())));
			}
		}
		this.library.rejectUnpublishable(images, errors);
	}

	public void save(long id, TranslationsForm form, String actor) {
		OrganisationPage page = this.pages.findById(id).orElseThrow();
		Set<Long> images = new LinkedHashSet<>();
		for (Language language : Language.values()) {
			if (!form.has(language)) {
				continue;
			}
			TranslationsForm.Localized text = form.in(language);
			String html = this.markdown.toSafeHtml(text.getText());
			page.rewrite(language, text.getName(), text.getText(), html);
			images.addAll(MediaService.referencedIn(html));
		}
		page.setPosition(form.getPosition());
		this.media.recordUses(MediaService.Owner.PAGE, id, images, MediaService.PUBLIC_ALWAYS);
		this.events.publishEvent(new PageSaved(id, actor, form.recordName()));
	}

	@Transactional(readOnly = true)
	public PageAddressForm addressFormOf(OrganisationPage page) {
		PageAddressForm form = new PageAddressForm();
		for (Language language : Language.values()) {
			page.text(language).ifPresent((text) -> form.getSlugs().put(language.code(), text.getSlug()));
		}
		return form;
	}

	/**
	 * Moves the page where its slugs changed, with the pages under it, or tells the fields
	 * why not (nothing moved). The old addresses are announced ({@link PageAddressesChanged})
	 * so that they redirect. A page whose address begins one of the site's routes (the axes
	 * live under "Notre travail") keeps it, and no page may take a route's address.
	 */
	public void changeAddresses(OrganisationPage page, PageAddressForm form, Errors errors, String actor) {
		record Move(Language language, String slug, String oldPath, String newPath) {
		}
		List<Move> moves = new ArrayList<>();
		for (Language language : Language.values()) {
			Optional<PageText> text = page.text(language);
			if (text.isEmpty()) {
				continue;
			}
			// A language the form does not send keeps its address.
			if (!form.getSlugs().containsKey(language.code())) {
				continue;
			}
			String field = "slugs[" + language.code() + "]";
			String sent = form.getSlugs().get(language.code());
			String typed = (sent != null) ? sent.strip() : "";
			if (typed.equals(text.get().getSlug())) {
				continue;
			}
			String oldPath = text.get().getPath();
			String newPath = oldPath.substring(0, oldPath.length() - text.get().getSlug().length()) + typed;
			if (typed.isEmpty()) {
				errors.rejectValue(field, "NotBlank");
			}
			else if (typed.length() > Slugs.MAX_LENGTH || !typed.matches(Slugs.PATTERN)) {
				errors.rejectValue(field, "Pattern.slug");
			}
			else if (beginsARoute(language, oldPath)) {
				errors.rejectValue(field, "site.page.address.locked");
			}
			else if (touchesARoute(language, newPath)) {
				errors.rejectValue(field, "site.page.address.reserved");
			}
			else if (isTaken(language, newPath)) {
				errors.rejectValue(field, "site.page.address.taken");
			}
			else {
				moves.add(new Move(language, typed, oldPath, newPath));
			}
		}
		if (errors.hasErrors() || moves.isEmpty()) {
			return;
		}
		List<Moved> moved = new ArrayList<>();
		for (Move move : moves) {
			List<String> paths = this.jdbc.sql("""
					select path from page_translation
					where language = :language and (path = :old or path like :old || '/%') order by path""")
				.param("language", move.language().code())
				.param("old", move.oldPath())
				.query(String.class)
				.list();
			this.jdbc.sql("""
					update page_translation
					set path = :new || substr(path, :rest),
					    slug = case when page_id = :page then :slug else slug end
					where language = :language and (path = :old or path like :old || '/%')""")
				.param("new", move.newPath())
				.param("rest", move.oldPath().length() + 1)
				.param("page", page.getId())
				.param("slug", move.slug())
				.param("language", move.language().code())
				.param("old", move.oldPath())
				.update();
			for (String path : paths) {
				moved.add(new Moved(publicPath(move.language(), path),
						publicPath(move.language(), move.newPath() + path.substring(move.oldPath().length()))));
			}
		}
		this.events.publishEvent(new PageAddressesChanged(page.getId(), actor, List.copyOf(moved)));
	}

	private boolean isTaken(Language language, String path) {
		return this.jdbc.sql("select count(*) from page_translation where language = :language and path = :path")
			.param("language", language.code())
			.param("path", path)
			.query(Long.class)
			.single() > 0;
	}

	/** A route's address starts with the page's: moving the page would leave the route behind. */
	private static boolean beginsARoute(Language language, String path) {
		String page = publicPath(language, path) + "/";
		return routes(language).anyMatch((route) -> route.startsWith(page));
	}

	/** The new address is a route's, lies under one, or begins one. */
	private static boolean touchesARoute(Language language, String path) {
		String page = publicPath(language, path);
		return routes(language).anyMatch((route) -> route.equals(page) || page.startsWith(route + "/")
				|| route.startsWith(page + "/"));
	}

	private static Stream<String> routes(Language language) {
		return Stream.of(SitePaths.news(language), SitePaths.axes(language), SitePaths.partners(language),
				SitePaths.search(language), SitePaths.newsFeed(language))
			.map((route) -> UriUtils.decode(route, StandardCharsets.UTF_8));
	}

	/** The page's public path, decoded (Arabic as letters), as redirects store it. */
	private static String publicPath(Language language, String path) {
		return SitePaths.home(language) + "/" + path;
	}

}
