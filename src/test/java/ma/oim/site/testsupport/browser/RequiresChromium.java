package ma.oim.site.testsupport.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that drives Chromium. Without Chromium and ChromeDriver each of its
 * tests is skipped by an assumption whose message says how to install them (so the skipped
 * count shows in the Surefire summary); with {@code CI=true} the class fails instead, so CI
 * cannot pass without running the browser tests. Test classes start the browser in
 * {@code @BeforeEach} methods, which run after this check.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(RequiresChromium.Check.class)
public @interface RequiresChromium {

	class Check implements BeforeAllCallback, BeforeEachCallback {

		private static final AtomicBoolean WARNED = new AtomicBoolean();

		@Override
		public void beforeAll(ExtensionContext context) {
			if (!Browsers.installed() && Browsers.mandatory()) {
				throw new AssertionError("CI=true and Chromium or ChromeDriver is missing (" + Browsers.CHROMIUM + ", "
						+ Browsers.CHROMEDRIVER + "): install them with `apt-get install -y chromium chromium-driver`, "
						+ "as .ci/run does. Browser tests are mandatory in CI.");
			}
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			if (Browsers.installed()) {
				return;
			}
			if (WARNED.compareAndSet(false, true)) {
				System.err.println("WARNING " + Browsers.howToEnable());
			}
			Assumptions.assumeTrue(false, Browsers.howToEnable());
		}

	}

}
