package ma.oim.site.redirects;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import ma.oim.site.redirects.RedirectChanged.Kind;
import ma.oim.site.redirects.RedirectPaths.Outcome;
import ma.oim.site.web.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds and removes redirects. A redirect that would loop, or make a chain (its new
 * address redirected again, or addresses already redirected to its old one), is refused:
 * a visitor always reaches a page in one step.
 */
@Service
@Transactional
class RedirectEditing {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SiteProperties site;

	private final Clock clock;

	RedirectEditing(JdbcClient jdbc, ApplicationEventPublisher events, SiteProperties site, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.site = site;
		this.clock = clock;
	}

	/** Adds the redirect of the form, or tells the form's fields why not (nothing stored). */
	void add(RedirectForm form, Errors errors, String actor) {
		Outcome from = RedirectPaths.oldAddress(form.getFrom());
		Outcome to = RedirectPaths.newAddress(form.getTo(), this.site.baseUrl());
		if (from.isRefused()) {
			errors.rejectValue("from", from.problem());
		}
		if (to.isRefused()) {
			errors.rejectValue("to", to.problem());
		}
		if (errors.hasErrors()) {
			return;
		}
		// One change of the table at a time, so that two additions cannot make a chain together.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('redirect'))").query().listOfRows();
		String target = RedirectPaths.pathOf(to.path());
		if (target.equals(from.path())) {
			errors.rejectValue("to", "redirect.problem.same");
			return;
		}
		Optional<String> taken = targetOf(from.path());
		if (taken.isPresent()) {
			errors.rejectValue("from", "redirect.problem.taken", new Object[] { taken.get() }, null);
		}
		Optional<String> redirectedAgain = targetOf(target);
		if (redirectedAgain.isPresent()) {
			errors.rejectValue("to", "redirect.problem.chainTo", new Object[] { redirectedAgain.get() }, null);
		}
		Optional<String> pointingHere = this.jdbc.sql("""
				select from_path from redirect
				where split_part(split_part(to_path, '#', 1), '?', 1) = :path order by id limit 1""")
			.param("path", from.path())
			.query(String.class)
			.optional();
		if (pointingHere.isPresent()) {
			errors.rejectValue("from", "redirect.problem.chainFrom", new Object[] { pointingHere.get() }, null);
		}
		if (errors.hasErrors()) {
			return;
		}
		this.jdbc.sql("""
				insert into redirect (from_path, to_path, created_by, created_at)
				values (:from, :to, :actor, :at)""")
			.param("from", from.path())
			.param("to", to.path())
			.param("actor", actor)
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new RedirectChanged(Kind.ADDED, actor, from.path(), to.path()));
	}

	/** Removes a redirect; false when there is none of that id. */
	boolean remove(long id, String actor) {
		return this.jdbc.sql("delete from redirect where id = :id returning from_path, to_path")
			.param("id", id)
			.query((row, number) -> new RedirectChanged(Kind.REMOVED, actor, row.getString(1), row.getString(2)))
			.optional()
			.map((removed) -> {
				this.events.publishEvent(removed);
				return true;
			})
			.orElse(false);
	}

	private Optional<String> targetOf(String path) {
		return this.jdbc.sql("select to_path from redirect where from_path = :path")
			.param("path", path)
			.query(String.class)
			.optional();
	}

}
