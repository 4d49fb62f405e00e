package ma.oim.site.axes;

import java.util.Collection;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The thematic axes as pages show them, in menu order: the axis pages, the filters of
 * lists, the axes named on every article card, the back office's lists. Read in one
 * statement, at most once per web request, without entities: every page names a few
 * axes, and joining their texts per article is the costliest way to do it.
 */
@Service
public class AxisLinks {

	/**
	 * Prepared with a parameter, so that the driver keeps it prepared on its connection and
	 * PostgreSQL plans it once.
	 */
	private static final String TEXTS = """
			select a.id, t.language, t.slug, t.name, t.description
			from thematic_axis a join thematic_axis_translation t on t.axis_id = a.id
			where t.language = any(cast(? as text[]))
			order by a.position, a.id
			""";

	/** An axis and its links, in the languages it is written in. */
	public record Axis(long id, Map<Language, AxisLink> byLanguage) {

		/** The axis in the reader's language, or its French page where it has no translation. */
		public AxisLink in(Language language) {
			AxisLink link = this.byLanguage.get(language);
			return (link != null) ? link : this.byLanguage.get(Language.record());
		}

	}

	private final JdbcClient jdbc;

	private final AxesOfRequest ofRequest;

	AxisLinks(JdbcClient jdbc, AxesOfRequest ofRequest) {
		this.jdbc = jdbc;
		this.ofRequest = ofRequest;
	}

	/** Every axis with its links in each language, in menu order. */
	public List<Axis> axes() {
		return List.copyOf(axesById().values());
	}

	/** Every axis, in menu order. */
	public List<AxisLink> all(Language language) {
		return axesById().values().stream().map((axis) -> axis.in(language)).toList();
	}

	/**
	 * The axis whose address in this language ends with {@code slug}: its page and the
	 * lists filtered by it name it without another statement.
	 */
	public Optional<Axis> bySlug(Language language, String slug) {
		return axesById().values().stream().filter((axis) -> {
			AxisLink link = axis.byLanguage().get(language);
			return link != null && link.slug().equals(slug);
		}).findFirst();
	}

	/**
	 * The id of the axis a list's or a search's filter names by its slug in the page's
	 * language, or null without a filter.
	 * @throws BadRequestException for a slug of no axis
	 */
	public Long filter(Language language, String slug) {
		if (slug == null || slug.isEmpty()) {
			return null;
		}
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new BadRequestException();
		}
		return bySlug(language, slug).map(Axis::id).orElseThrow(BadRequestException::new);
	}

	/** The axes of these ids, in menu order; an id of no axis is left out. */
	public List<AxisLink> of(Collection<Long> ids, Language language) {
		Set<Long> wanted = Set.copyOf(ids);
		return axesById().values()
			.stream()
			.filter((axis) -> wanted.contains(axis.id()))
			.map((axis) -> axis.in(language))
			.toList();
	}

	/** Read once per web request; outside one (start-up, tests), at each call. */
	private Map<Long, Axis> axesById() {
		return (RequestContextHolder.getRequestAttributes() != null) ? this.ofRequest.get(this::read) : read();
	}

	private Map<Long, Axis> read() {
		Map<Long, Axis> axes = new LinkedHashMap<>();
		this.jdbc.sql(TEXTS).param(Language.codes()).query((RowCallbackHandler) (row) -> {
			Language language = Language.fromCode(row.getString("language")).orElseThrow();
			axes.computeIfAbsent(row.getLong("id"), (id) -> new Axis(id, new TreeMap<>()))
				.byLanguage()
				.put(language, AxisLink.of(language, row.getString("slug"), row.getString("name"),
						row.getString("description")));
		});
		return axes;
	}

}
