package ma.oim.site.publications;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.web.Crumb;
import ma.oim.site.web.Messages;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.PageMeta;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.SiteProperties;
import ma.oim.site.web.SitePaths;
import ma.oim.site.web.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** The publications list, filtered by type, axis and year, and a publication's page. */
@Controller
class PublicationController {

	private final PublicPublications publications;

	private final AxisLinks axes;

	private final Messages messages;

	private final StructuredData structuredData;

	private final SiteProperties site;

	PublicationController(PublicPublications publications, AxisLinks axes, Messages messages,
			StructuredData structuredData, SiteProperties site) {
		this.publications = publications;
		this.axes = axes;
		this.messages = messages;
		this.structuredData = structuredData;
		this.site = site;
	}

	@GetMapping(SitePaths.PUBLICATIONS)
	String list(@ModelAttribute PublicationListQuery query, PageNumber page, Language language, Model model) {
		PublicPublications.Filter filter = this.publications.filter(language, query);
		UriComponentsBuilder listPath = UriComponentsBuilder.fromPath(SitePaths.publications(language));
		if (filter.type() != null) {
			listPath.queryParam("type", filter.type().param());
		}
		if (filter.axisId() != null) {
			listPath.queryParam("axis", query.axis());
		}
		if (filter.year() != null) {
			listPath.queryParam("year", filter.year());
		}
		model.addAttribute("list", this.publications.listPage(language, filter, page, listPath));
		model.addAttribute("types", Arrays.asList(PublicationType.values()));
		model.addAttribute("axes", this.axes.all(language));
		model.addAttribute("years", this.publications.years());
		model.addAttribute("selectedType", (filter.type() != null) ? filter.type().param() : null);
		model.addAttribute("selectedAxis", (filter.axisId() != null) ? query.axis() : null);
		model.addAttribute("selectedYear", filter.year());
		String title = this.messages.get("publications.title", language);
		model.addAttribute("meta",
				PageMeta.of(language, title, this.messages.get("publications.description", language),
						SitePaths.inEveryLanguage(SitePaths::publications))
					.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
							Crumb.current(title))
					.withFeed(this.messages.get("feed.publications.title", language),
							SitePaths.publicationsFeed(language)));
		model.addAttribute("feed", SitePaths.publicationsFeed(language));
		return "publications/list";
	}

	@GetMapping(SitePaths.PUBLICATION)
	String publication(@PathVariable String slug, Language language, Model model) {
		if (slug.length() > SitePaths.MAX_SLUG_LENGTH) {
			throw new NotFoundException();
		}
		PublicationView publication = this.publications.publication(language, slug).orElseThrow(NotFoundException::new);
		model.addAttribute("publication", publication);
		PageMeta.Image image = (publication.coverPath() != null)
				? new PageMeta.Image(this.site.absolute(publication.coverPath()), null) : null;
		if (publication.image() != null) {
			// A cover from the library: its widest variant, with its alternative text.
			image = new PageMeta.Image(this.site.absolute(publication.image().src()), publication.image().alt());
		}
		List<Map<String, Object>> files = new ArrayList<>();
		for (DocumentLink file : publication.files()) {
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("path", file.path());
			described.put("mediaType", file.mediaType());
			described.put("bytes", file.bytes());
			described.put("language", file.language().code());
			files.add(described);
		}
		String path = SitePaths.publication(language, slug);
		model.addAttribute("meta",
				PageMeta.of(language, publication.title(), PageMeta.excerpt(publication.summary()),
						publication.alternates())
					.withBreadcrumb(new Crumb(this.messages.get("nav.home", language), SitePaths.home(language)),
							new Crumb(this.messages.get("publications.title", language),
									SitePaths.publications(language)),
							Crumb.current(publication.title()))
					.withImage(image)
					.withStructuredData(this.structuredData.document(publication.type().schemaType(), language, path,
							publication.title(), publication.summary(), publication.isoDate(),
							(image != null) ? image.url() : null, files)));
		return "publications/publication";
	}

}
