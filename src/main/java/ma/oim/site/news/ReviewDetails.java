package ma.oim.site.news;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import ma.oim.site.axes.AxisLink;
import ma.oim.site.axes.AxisLinks;
import ma.oim.site.i18n.Language;
import ma.oim.site.i18n.SiteZone;
import ma.oim.site.partners.PartnerDirectory;
import ma.oim.site.partners.PartnerLink;
import ma.oim.site.web.Messages;

import org.springframework.stereotype.Component;

/**
 * The fields of two editor's forms that differ, other than the words, written for a
 * reviewer: names for kinds, types, axes and partners, Morocco's time for instants.
 */
@Component
class ReviewDetails {

	private final Messages messages;

	private final AxisLinks axes;

	private final PartnerDirectory partners;

	ReviewDetails(Messages messages, AxisLinks axes, PartnerDirectory partners) {
		this.messages = messages;
		this.axes = axes;
		this.partners = partners;
	}

	/** @param before null: every field {@code after} sets */
	List<ReviewDetail> changes(ArticleForm before, ArticleForm after, Language shownIn) {
		List<Field> fields = List.of(
				new Field("article.kind", (form) -> this.messages.get("article.kind." + form.getKind(), shownIn)),
				new Field("article.event.startsAt", (form) -> time(form.getStartsAt(), shownIn)),
				new Field("article.event.endsAt", (form) -> time(form.getEndsAt(), shownIn)),
				new Field("article.event.place", ArticleForm::getPlace),
				new Field("article.event.onlineUrl", ArticleForm::getOnlineUrl),
				new Field("article.call.type", (form) -> (form.getCallType() != null)
						? this.messages.get("calls.type." + form.getCallType(), shownIn) : ""),
				new Field("article.call.deadline", (form) -> time(form.getDeadline(), shownIn)),
				new Field("article.call.reference", ArticleForm::getCallReference),
				new Field("article.press.name", ArticleForm::getPressContactName),
				new Field("article.press.email", ArticleForm::getPressContactEmail),
				new Field("article.press.phone", ArticleForm::getPressContactPhone),
				new Field("expiry.field", (form) -> time(form.getExpiresAt(), shownIn)),
				new Field("article.axes", (form) -> names(this.axes.of(form.getAxisIds(), shownIn), AxisLink::name)),
				new Field("article.partners",
						(form) -> names(this.partners.links(form.getPartnerIds(), shownIn), PartnerLink::name)),
				new Field("article.image", (form) -> (form.getFeaturedImageId() != null)
						? this.messages.get("review.detail.image", shownIn, form.getFeaturedImageId()) : ""));
		List<ReviewDetail> changes = new ArrayList<>();
		for (Field field : fields) {
			String was = (before != null) ? value(field, before) : null;
			String is = value(field, after);
			if ((before == null) ? !is.isEmpty() : !Objects.equals(was, is)) {
				changes.add(new ReviewDetail(field.label(), was, is));
			}
		}
		return changes;
	}

	private static String value(Field field, ArticleForm form) {
		String value = field.value().apply(form);
		return (value != null) ? value.strip() : "";
	}

	private static String time(LocalDateTime local, Language language) {
		return (local != null) ? SiteZone.dateTime(local.atZone(SiteZone.ZONE).toInstant(), language) : "";
	}

	private static <T> String names(Collection<T> links, Function<T, String> name) {
		return links.stream().map(name).sorted().collect(Collectors.joining(", "));
	}

	private record Field(String label, Function<ArticleForm, String> value) {
	}

}
