package ma.oim.site.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Objects;
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
import ma.oim.site.pages.PageChanged.Kind;
import ma.oim.site.web.SitePaths;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriUtils;

/**
 * Editors write the organisation pages (title and Markdown text per language), create,
 * move, hide and delete them, and change their slugs. Every save is announced as a
 * {@link PageSaved}, every change of the tree as a {@link PageChanged}, and every change
 * of address as a {@link PageAddressesChanged} (old addresses then redirect).
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

	private final PageNodes nodes;

	PageEditing(PageRepository pages, Markdown markdown, MediaService media, MediaLibrary library,
			ApplicationEventPublisher events, JdbcClient jdbc, PageNodes nodes) {
		this.nodes = nodes;
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
			String html = this.markdown.toSafeHtml(text.getText(), language);
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
			moved.addAll(movePaths(move.language(), move.oldPath(), move.newPath(), page.getId(), move.slug()));
		}
		this.events.publishEvent(new PageAddressesChanged(page.getId(), actor, List.copyOf(moved)));
	}

	/** The deepest a page may be: menus show three levels, and a page lists those under it. */
	static final int MAX_DEPTH = 4;

	/**
	 * A new page, hidden until an editor shows it, under {@code parentId} (null: the top of
	 * the menu), at the form's position or else last, in each language the form names it in; its slugs are made from its
	 * titles. Its id, or empty with the reasons by field (nothing is created).
	 */
	public Optional<Long> create(Long parentId, TranslationsForm form, Errors errors, String actor) {
		PageTree tree = new PageTree(this.nodes.all());
		PageNode parent = (parentId != null) ? tree.byId(parentId).orElse(null) : null;
		if (parentId != null && (parent == null || parent.isExternal() || tree.ancestors(parent).size() + 2 > MAX_DEPTH)) {
			errors.reject("site.page.parent.invalid");
			return Optional.empty();
		}
		record Text(Language language, String slug, String path, TranslationsForm.Localized text) {
		}
		List<Text> texts = new ArrayList<>();
		for (Language language : Language.values()) {
			if (!form.has(language)) {
				continue;
			}
			String field = "texts[" + language.code() + "].name";
			TranslationsForm.Localized text = form.in(language);
			String slug = Slugs.of(text.getName());
			Optional<PageNode.Text> parentText = (parent != null) ? parent.text(language) : Optional.empty();
			if (text.getName().isBlank()) {
				errors.rejectValue(field, "NotBlank");
			}
			else if (slug.isEmpty()) {
				errors.rejectValue(field, "site.page.title.noLetters");
			}
			else if (parent != null && parentText.isEmpty()) {
				errors.rejectValue(field, "site.page.parent.untranslated");
			}
			else {
				String path = parentText.map((p) -> p.path() + "/" + slug).orElse(slug);
				if (touchesARoute(language, path)) {
					errors.rejectValue(field, "site.page.address.reserved");
				}
				else if (isTaken(language, path)) {
					errors.rejectValue(field, "site.page.address.taken");
				}
				else {
					texts.add(new Text(language, slug, path, text));
				}
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		long id = this.jdbc.sql("""
				insert into page (parent_id, position, hidden)
				values (cast(:parent as bigint), coalesce(cast(:position as integer),
				        (select coalesce(max(position), 0) + 1 from page where parent_id is not distinct from cast(:parent as bigint))),
				        true)
				returning id""")
			.param("parent", parentId)
			.param("position", (form.getPosition() > 0) ? form.getPosition() : null)
			.query(Long.class)
			.single();
		Set<Long> images = new LinkedHashSet<>();
		for (Text text : texts) {
			String html = this.markdown.toSafeHtml(text.text().getText(), text.language());
			images.addAll(MediaService.referencedIn(html));
			this.jdbc.sql("""
					insert into page_translation (page_id, language, slug, path, title, body_html, body_markdown)
					values (:id, :language, :slug, :path, :title, :html, :markdown)""")
				.param("id", id)
				.param("language", text.language().code())
				.param("slug", text.slug())
				.param("path", text.path())
				.param("title", text.text().getName())
				.param("html", html)
				.param("markdown", text.text().getText())
				.update();
		}
		this.media.recordUses(MediaService.Owner.PAGE, id, images, MediaService.PUBLIC_ALWAYS);
		this.events.publishEvent(new PageChanged(id, actor, Kind.CREATED, form.recordName()));
		return Optional.of(id);
	}

	/** Hides the page (and so those under it) from visitors, or shows it again. */
	public void setHidden(long id, boolean hidden, String actor) {
		PageNode page = new PageTree(this.nodes.all()).byId(id).orElseThrow();
		int changed = this.jdbc.sql("update page set hidden = :hidden where id = :id and hidden <> :hidden")
			.param("hidden", hidden)
			.param("id", id)
			.update();
		if (changed > 0) {
			this.events.publishEvent(new PageChanged(id, actor, hidden ? Kind.HIDDEN : Kind.SHOWN, recordTitle(page)));
		}
	}

	/**
	 * Moves the page (with those under it) under another page, or to another place among
	 * its siblings, or tells the form why not (nothing moved). A new parent changes the
	 * addresses, and the old ones redirect.
	 */
	public void move(long id, PageMoveForm form, Errors errors, String actor) {
		PageTree tree = new PageTree(this.nodes.all());
		PageNode page = tree.byId(id).orElseThrow();
		Long parentId = form.getParent();
		PageNode parent = (parentId != null) ? tree.byId(parentId).orElse(null) : null;
		boolean newParent = !Objects.equals(parentId, page.parentId());
		if (parentId != null && (parent == null || parent.isExternal() || parent.id() == id
				|| tree.ancestors(parent).stream().anyMatch((ancestor) -> ancestor.id() == id))) {
			errors.rejectValue("parent", "site.page.parent.invalid");
			return;
		}
		boolean locked = !page.isExternal() && page.texts().entrySet().stream()
			.anyMatch((text) -> beginsARoute(text.getKey(), text.getValue().path()));
		if (newParent && locked) {
			errors.rejectValue("parent", "site.page.address.locked");
			return;
		}
		if (newParent && depth(tree, parent) + height(tree, page) > MAX_DEPTH) {
			errors.rejectValue("parent", "site.page.move.tooDeep");
			return;
		}
		record Move(Language language, String oldPath, String newPath) {
		}
		List<Move> moves = new ArrayList<>();
		if (newParent) {
			for (Language language : Language.values()) {
				Optional<PageNode.Text> text = page.text(language);
				if (text.isEmpty()) {
					continue;
				}
				Optional<PageNode.Text> parentText = (parent != null) ? parent.text(language) : Optional.empty();
				String newPath = parentText.map((p) -> p.path() + "/" + text.get().slug()).orElse(text.get().slug());
				if (parent != null && parentText.isEmpty()) {
					errors.rejectValue("parent", "site.page.move.untranslated", new Object[] { language.name() }, null);
				}
				else if (touchesARoute(language, newPath)) {
					errors.rejectValue("parent", "site.page.address.reserved");
				}
				else if (isTaken(language, newPath)) {
					errors.rejectValue("parent", "site.page.address.taken");
				}
				else {
					moves.add(new Move(language, text.get().path(), newPath));
				}
			}
		}
		if (errors.hasErrors()) {
			return;
		}
		List<Moved> moved = new ArrayList<>();
		for (Move move : moves) {
			List<Moved> paths = movePaths(move.language(), move.oldPath(), move.newPath(), id, null);
			if (!page.isExternal()) {
				moved.addAll(paths);
			}
		}
		List<Long> siblings = new ArrayList<>(tree.children(parentId).stream()
			.map(PageNode::id)
			.filter((sibling) -> sibling != id)
			.toList());
		int place = (form.getPosition() != null) ? Math.min(form.getPosition(), siblings.size() + 1) : siblings.size() + 1;
		siblings.add(place - 1, id);
		this.jdbc.sql("update page set parent_id = cast(:parent as bigint) where id = :id").param("parent", parentId).param("id", id).update();
		for (int i = 0; i < siblings.size(); i++) {
			this.jdbc.sql("update page set position = :position where id = :id and position <> :position")
				.param("position", i + 1)
				.param("id", siblings.get(i))
				.update();
		}
		if (!moved.isEmpty()) {
			this.events.publishEvent(new PageAddressesChanged(id, actor, List.copyOf(moved)));
		}
		this.events.publishEvent(new PageChanged(id, actor, Kind.MOVED, recordTitle(page)));
	}

	/**
	 * Deletes a page with nothing under it, or says why not: a message code. Its addresses
	 * then redirect to its parent's (the home page for a page at the top).
	 */
	public Optional<String> delete(long id, String actor) {
		PageTree tree = new PageTree(this.nodes.all());
		PageNode page = tree.byId(id).orElseThrow();
		if (!tree.children(id).isEmpty()) {
			return Optional.of("site.page.delete.hasChildren");
		}
		boolean locked = page.listing() != null || page.texts().entrySet().stream()
			.anyMatch((text) -> beginsARoute(text.getKey(), text.getValue().path()));
		if (locked) {
			return Optional.of("site.page.delete.locked");
		}
		PageNode parent = (page.parentId() != null) ? tree.byId(page.parentId()).orElseThrow() : null;
		List<Moved> moved = new ArrayList<>();
		if (!page.isExternal()) {
			page.texts().forEach((language, text) -> moved.add(new Moved(publicPath(language, text.path()),
					(parent != null && parent.text(language).isPresent())
							? publicPath(language, parent.text(language).get().path())
							: UriUtils.decode(SitePaths.home(language), StandardCharsets.UTF_8))));
		}
		this.media.recordUses(MediaService.Owner.PAGE, id, Set.of(), MediaService.PUBLIC_ALWAYS);
		this.jdbc.sql("delete from page where id = :id").param("id", id).update();
		if (!moved.isEmpty()) {
			this.events.publishEvent(new PageAddressesChanged(id, actor, List.copyOf(moved)));
		}
		this.events.publishEvent(new PageChanged(id, actor, Kind.DELETED, recordTitle(page)));
		return Optional.empty();
	}

	/** The pages an editor may move this one under: not itself, nor a page under it, nor a link out. */
	@Transactional(readOnly = true)
	public List<PageNode> possibleParents(long id) {
		PageTree tree = new PageTree(this.nodes.all());
		PageNode page = tree.byId(id).orElseThrow();
		List<PageNode> under = tree.descendants(page);
		List<PageNode> parents = new ArrayList<>();
		addInMenuOrder(tree, tree.roots(), parents);
		return parents.stream()
			.filter((candidate) -> candidate.id() != id && !candidate.isExternal() && !under.contains(candidate))
			.filter((candidate) -> depth(tree, candidate) + height(tree, page) <= MAX_DEPTH)
			.toList();
	}

	/** The page as the tree knows it: hidden or not, where it stands. */
	@Transactional(readOnly = true)
	public PageNode node(long id) {
		return new PageTree(this.nodes.all()).byId(id).orElseThrow();
	}

	/** The pages a new page may be created under: those a page may be moved under, in menu order. */
	@Transactional(readOnly = true)
	public List<PageNode> possibleParentsOfNewPage() {
		PageTree tree = new PageTree(this.nodes.all());
		List<PageNode> parents = new ArrayList<>();
		addInMenuOrder(tree, tree.roots(), parents);
		return parents.stream().filter((candidate) -> !candidate.isExternal() && depth(tree, candidate) < MAX_DEPTH).toList();
	}

	private static void addInMenuOrder(PageTree tree, List<PageNode> pages, List<PageNode> into) {
		for (PageNode page : pages) {
			into.add(page);
			addInMenuOrder(tree, tree.children(page.id()), into);
		}
	}

	/** The level of the page's children: 1 at the top of the menu. */
	private static int depth(PageTree tree, PageNode parent) {
		return (parent != null) ? tree.ancestors(parent).size() + 1 : 0;
	}

	/** The levels the page and those under it take: 1 for a page alone. */
	private static int height(PageTree tree, PageNode page) {
		return 1 + tree.children(page.id()).stream().mapToInt((child) -> height(tree, child)).max().orElse(0);
	}

	private static String recordTitle(PageNode page) {
		return page.text(Language.record()).map(PageNode.Text::title).orElse("#" + page.id());
	}

	/**
	 * Rewrites the path of a page and of every page under it in one language; {@code slug}
	 * is the page's new slug, or null when only its place changes. The old and new public
	 * paths of each.
	 */
	private List<Moved> movePaths(Language language, String oldPath, String newPath, long pageId, String slug) {
		List<String> paths = this.jdbc.sql("""
				select path from page_translation
				where language = :language and (path = :old or path like :old || '/%') order by path""")
			.param("language", language.code())
			.param("old", oldPath)
			.query(String.class)
			.list();
		this.jdbc.sql("""
				update page_translation
				set path = :new || substr(path, :rest),
				    slug = case when page_id = :page then coalesce(cast(:slug as varchar), slug) else slug end
				where language = :language and (path = :old or path like :old || '/%')""")
			.param("new", newPath)
			.param("rest", oldPath.length() + 1)
			.param("page", pageId)
			.param("slug", slug)
			.param("language", language.code())
			.param("old", oldPath)
			.update();
		List<Moved> moved = new ArrayList<>();
		for (String path : paths) {
			moved.add(new Moved(publicPath(language, path), publicPath(language, newPath + path.substring(oldPath.length()))));
		}
		return moved;
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
