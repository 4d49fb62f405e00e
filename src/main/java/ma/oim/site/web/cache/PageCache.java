package ma.oim.site.web.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ma.oim.site.web.ScheduledChanges;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages, kept in memory and served without running any controller or
 * query. An entry is dropped when content changes on any node (PostgreSQL notifies
 * every node on commit: {@link ContentChangeListener}) and when the next
 * {@link ScheduledChanges scheduled change}'s time comes, so a scheduled article appears
 * at its minute. While the node does not hear the database, nothing is served from the
 * cache.
 */
@Component
public class PageCache {

	private final Cache<String, CachedPage> pages;

	private final List<ScheduledChanges> scheduled;

	private final Clock clock;

	private final boolean enabled;

	/**
	 * What the cached pages are valid for: the generation they were rendered in (bumped
	 * at every invalidation) and the time the next scheduled article goes live (null
	 * until the first page of this generation is kept).
	 */
	private record Window(long generation, Instant validUntil) {
	}

	private volatile Window window = new Window(0, null);

	private volatile boolean listening;

	PageCache(List<ScheduledChanges> scheduled, Clock clock, @Value("${oim.page-cache.enabled:true}") boolean enabled,
			@Value("${oim.page-cache.max-megabytes:32}") int maxMegabytes) {
		this.scheduled = scheduled;
		this.clock = clock;
		this.enabled = enabled;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024L * 1024L)
			.weigher((String key, CachedPage page) -> 2 * key.length() + page.weight())
			.build();
	}

	public boolean isActive() {
		return this.enabled && this.listening;
	}

	CachedPage get(String key) {
		if (!isActive()) {
			return null;
		}
		Window current = this.window;
		if (current.validUntil() == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(current.validUntil())) {
			invalidate();
			return null;
		}
		return this.pages.getIfPresent(key);
	}

	long generation() {
		return this.window.generation();
	}

	/** Keeps a page rendered in {@code renderedInGeneration}, unless content changed since. */
	synchronized void put(String key, CachedPage page, long renderedInGeneration) {
		Window current = this.window;
		if (!isActive() || current.generation() != renderedInGeneration) {
			return;
		}
		if (current.validUntil() == null) {
			this.window = new Window(current.generation(), nextScheduledChange());
		}
		this.pages.put(key, page);
	}

	public synchronized void invalidate() {
		this.window = new Window(this.window.generation() + 1, null);
		this.pages.invalidateAll();
	}

	void setListening(boolean listening) {
		this.listening = listening;
		invalidate();
	}

	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/** Bytes held, as weighed against {@code oim.page-cache.max-megabytes}. */
	long weightedSize() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	private Instant nextScheduledChange() {
		Instant now = this.clock.instant();
		return this.scheduled.stream()
			.map((changes) -> changes.nextAfter(now))
			.flatMap(Optional::stream)
			.min(Instant::compareTo)
			.orElse(Instant.MAX);
	}

}
