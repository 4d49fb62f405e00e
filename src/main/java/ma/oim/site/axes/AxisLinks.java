package ma.oim.site.axes;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.oim.site.i18n.Language;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.RequestMemo;
import ma.oim.site.web.SitePaths;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The thematic axes as public pages link to them, in menu order: the filters of lists and
 * the axes named on every article card. Read in one statement, at most once per web
 * request, without entities: the cards of a list named their axes by joining the axes'
 * texts for each article, half the database time of the cards.
 */
@Repository
public class AxisLinks {

	private static final String OF_THE_REQUEST = AxisLinks.class.getName();

	private static final String TEXTS = """
			select a.id, t.language, t.slug, t.name, t.description
			from thematic_axis a join thematic_axis_translation t on t.axis_id = a.id
			order by a.position, a.id
			""";

	/** An axis and its links, in the languages it is written in. */
	public record Axis(long id, Map<Language, AxisLink> byLanguage) {

		/** The axis in the reader's language, or its French page where it has no translation. */
		public AxisLink in(Language language) {
			AxisLink link = this.byLanguage.get(language);
			return (link != null) ? link : this.byLanguage.get(Language.FR);
		}

	}

	private final JdbcTemplate jdbc;

	AxisLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every axis, in menu order. */
	public List<AxisLink> all(Language language) {
		return axes().values().stream().map((axis) -> axis.in(language)).toList();
	}

	/**
	 * The axis whose address in this language ends with {@code slug}: its page and the
	 * lists filtered by it name it without another statement.
	 */
	public Optional<Axis> bySlug(Language language, String slug) {
		return axes().values().stream().filter((axis) -> {
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
		return axes().values()
			.stream()
			.filter((axis) -> wanted.contains(axis.id()))
			.map((axis) -> axis.in(language))
			.toList();
	}

	private Map<Long, Axis> axes() {
		return RequestMemo.get(OF_THE_REQUEST, this::read);
	}

	private Map<Long, Axis> read() {
		Map<Long, Axis> axes = new LinkedHashMap<>();
		// Prepared (a plain statement would be planned again on every page): the driver keeps
		// it prepared on its connection.
		this.jdbc.query((connection) -> connection.prepareStatement(TEXTS), (row) -> {
			Language language = Language.fromCode(row.getString("language")).orElseThrow();
			axes.computeIfAbsent(row.getLong("id"), (id) -> new Axis(id, new EnumMap<>(Language.class)))
				.byLanguage()
				.put(language, AxisLink.of(language, row.getString("slug"), row.getString("name"),
						row.getString("description")));
		});
		return axes;
	}

}
