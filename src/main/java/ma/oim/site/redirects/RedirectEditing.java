package ma.oim.site.redirects;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import ma.oim.site.pages.PageAddressesChanged;
import ma.oim.site.pages.PageAddressesChanged.Moved;
import ma.oim.site.redirects.RedirectChanged.Kind;
import ma.oim.site.redirects.RedirectPaths.Outcome;
import ma.oim.site.web.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds and removes redirects, and adds those of pages that moved. A redirect that would
 * loop, or make a chain (its new address redirected again, or addresses already redirected
 * to its old one), is refused: a visitor always reaches a page in one step.
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
		lockTheTable();
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

	/**
	 * A page moved: each old address redirects to the new one, redirects that led to an old
	 * address now lead to the new one (no chain), and a redirect standing where a page now
	 * lives goes.
	 */
	@EventListener
	void on(PageAddressesChanged event) {
		lockTheTable();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (Moved moved : event.moved()) {
			if (moved.from().length() > RedirectPaths.MAX_LENGTH || moved.to().length() > RedirectPaths.MAX_LENGTH) {
				continue;
			}
			this.jdbc.sql("delete from redirect where from_path = :to").param("to", moved.to()).update();
			this.jdbc.sql("""
					update redirect set to_path = :to || substr(to_path, length(:from) + 1)
					where split_part(split_part(to_path, '#', 1), '?', 1) = :from""")
				.param("to", moved.to())
				.param("from", moved.from())
				.update();
			this.jdbc.sql("""
					insert into redirect (from_path, to_path, created_by, created_at) values (:from, :to, :actor, :at)
					on conflict (from_path) do update
					set to_path = excluded.to_path, created_by = excluded.created_by, created_at = excluded.created_at""")
				.param("from", moved.from())
				.param("to", moved.to())
				.param("actor", event.actor())
				.param("at", now)
				.update();
			this.events.publishEvent(new RedirectChanged(Kind.ADDED, event.actor(), moved.from(), moved.to()));
		}
	}

	/** One change of the table at a time, so that two changes cannot make a chain together. */
	private void lockTheTable() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('redirect'))").query().listOfRows();
	}

	private Optional<String> targetOf(String path) {
		return this.jdbc.sql("select to_path from redirect where from_path = :path")
			.param("path", path)
			.query(String.class)
			.optional();
	}

}
