package ma.oim.site.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.oim.site.i18n.Language;
import org.thymeleaf.ITemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The 429 answer to a sign-in attempt that must wait: Retry-After, and a short page in the
 * visitor's language saying how long. It is written before the session, the database or
 * the MVC machinery are touched, from bytes rendered once per language and wait: a flood
 * of refused attempts costs next to nothing.
 * <p>
 * The answer is sent after {@link SignInProperties#refusalDelay()}, from a timer, the
 * request put aside meanwhile (servlet async: no thread waits). A flood that sends its
 * next attempt when answered is slowed to one attempt per connection and delay, and
 * leaves the threads and processors to the visitors. At most
 * {@link SignInProperties#maxDelayedRefusals()} wait at once; the others are answered
 * at once.
 */
@Component
class TooManyAttemptsPage {

	/** Whole minutes shown on the page; the header says the exact seconds. */
	private static final long MAX_MINUTES_SHOWN = 24 * 60;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final ResourceUrlProvider resourceUrls;

	private static final Logger logger = LoggerFactory.getLogger(TooManyAttemptsPage.class);

	private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

	private final Duration delay;

	private final int maxDelayed;

	private final AtomicInteger delayed = new AtomicInteger();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "sign-in-refusals");
		thread.setDaemon(true);
		return thread;
	});

	TooManyAttemptsPage(ITemplateEngine templates, LocaleResolver locales, ResourceUrlProvider resourceUrls,
			SignInProperties properties) {
		this.templates = templates;
		this.locales = locales;
		this.resourceUrls = resourceUrls;
		this.delay = properties.refusalDelay();
		this.maxDelayed = properties.maxDelayedRefusals();
	}

	/** Answers 429, after the refusal delay when the container allows it, at once otherwise. */
	void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter, boolean busy)
			throws IOException {
		if (this.delay.isZero() || !request.isAsyncSupported()) {
			send(request, response, retryAfter, busy);
			return;
		}
		if (this.delayed.incrementAndGet() > this.maxDelayed) {
			this.delayed.decrementAndGet();
			send(request, response, retryAfter, busy);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.delay.toMillis() + 30_000);
		// Whoever comes first answers: the timer, or the container on a timeout or a broken connection.
		AtomicBoolean answered = new AtomicBoolean();
		async.addListener(new AsyncListener() {

			@Override
			public void onTimeout(AsyncEvent event) {
				finish(answered, async, null, null, null, false);
			}

			@Override
			public void onError(AsyncEvent event) {
				finish(answered, async, null, null, null, false);
			}

			@Override
			public void onComplete(AsyncEvent event) {
				if (answered.compareAndSet(false, true)) {
					TooManyAttemptsPage.this.delayed.decrementAndGet();
				}
			}

			@Override
			public void onStartAsync(AsyncEvent event) {
			}

		});
		Duration remaining = retryAfter.minus(this.delay);
		this.timer.schedule(() -> finish(answered, async, request, response, remaining, busy), this.delay.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Sends the delayed answer, once. It has no Content-Length: the client sees the end of
	 * it, and sends its next attempt on the connection, only once the request is complete.
	 */
	private void finish(AtomicBoolean answered, AsyncContext async, HttpServletRequest request,
			HttpServletResponse response, Duration retryAfter, boolean busy) {
		if (!answered.compareAndSet(false, true)) {
			return;
		}
		try {
			if (request != null) {
				write(request, response, retryAfter, busy, false);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not send a delayed sign-in refusal: {}", ex.getMessage());
		}
		finally {
			this.delayed.decrementAndGet();
			async.complete();
		}
	}

	@PreDestroy
	void stop() {
		this.timer.shutdownNow();
	}

	private void send(HttpServletRequest request, HttpServletResponse response, Duration retryAfter, boolean busy)
			throws IOException {
		write(request, response, retryAfter, busy, true);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, Duration retryAfter, boolean busy,
			boolean withLength) throws IOException {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		long minutes = Math.min(MAX_MINUTES_SHOWN, (seconds + 59) / 60);
		Language language = Language.of(this.locales.resolveLocale(request));
		byte[] page = this.rendered.computeIfAbsent(language.code() + (busy ? ":busy" : ":" + minutes),
				(key) -> render(language.locale(), minutes, busy));
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		if (withLength) {
			response.setContentLength(page.length);
		}
		response.getOutputStream().write(page);
	}

	private byte[] render(Locale locale, long minutes, boolean busy) {
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("minutes", minutes);
		context.setVariable("busy", busy);
		context.setVariable("siteCss", url("/css/site.css"));
		context.setVariable("adminCss", url("/css/admin.css"));
		context.setVariable("favicon", url("/img/favicon.svg"));
		context.setVariable("logo", url("/img/logo.svg"));
		return this.templates.process("security/too-many-attempts", context).getBytes(StandardCharsets.UTF_8);
	}

	/** The content-hashed address of an asset, as the other pages link it. */
	private String url(String path) {
		String versioned = this.resourceUrls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

}
