package ma.oim.site.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, driven headless through Debian's ChromeDriver. Selenium Manager never
 * runs: the driver and the browser are given by path. Two browsers at most per JVM, started
 * on first use and quit when the JVM ends: one with JavaScript, one without.
 */
public final class Browsers {

	public static final Path CHROMIUM = Path.of(System.getProperty("oim.browser.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(System.getProperty("oim.browser.chromedriver", "/usr/bin/chromedriver"));

	/** A desktop window and a phone-sized one (CSS pixels). */
	public static final Dimension DESKTOP = new Dimension(1280, 900);

	public static final Dimension PHONE = new Dimension(390, 844);

	static final String HOW_TO_ENABLE = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
			+ " is missing. Enable them with `apt-get install -y chromium chromium-driver` (as root), "
			+ "as .ci/run does. With CI=true they fail instead.";

	private static ChromeDriver withScript;

	private static ChromeDriver withoutScript;

	private Browsers() {
	}

	/** Whether Chromium and ChromeDriver are installed where Debian puts them. */
	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** True when running in CI (.ci/run sets CI=true), where the browser tests are mandatory. */
	public static boolean mandatory() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static String howToEnable() {
		return HOW_TO_ENABLE;
	}

	/** The JVM's browser with JavaScript, at desktop size. */
	public static synchronized ChromeDriver withJavaScript() {
		if (withScript == null) {
			withScript = start(true);
		}
		return withScript;
	}

	/** The JVM's browser with JavaScript disabled, as a visitor who turned it off sees the site. */
	public static synchronized ChromeDriver withoutJavaScript() {
		if (withoutScript == null) {
			withoutScript = start(false);
		}
		return withoutScript;
	}

	/**
	 * Gives the page this viewport, in CSS pixels at a device pixel ratio of 1. Phone widths
	 * are emulated as a phone (touch, the page's meta viewport honoured).
	 */
	public static void resize(ChromeDriver driver, Dimension viewport) {
		resize(driver, viewport, 1);
	}

	/** Gives the page this viewport at this many device pixels per CSS pixel (a phone's 2 or 3). */
	public static void resize(ChromeDriver driver, Dimension viewport, double devicePixelRatio) {
		boolean phone = viewport.getWidth() < 600;
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.getWidth(), "height",
				viewport.getHeight(), "deviceScaleFactor", devicePixelRatio, "mobile", phone));
		driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", phone));
	}

	/** The name of a viewport, for test names and screenshot files. */
	public static String widthName(Dimension viewport) {
		return (viewport.getWidth() < 600) ? "phone" : "desktop";
	}

	private static ChromeDriver start(boolean javaScript) {
		Path profile = temporaryDirectory();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--hide-scrollbars", "--force-prefers-reduced-motion", "--force-device-scale-factor=1", "--lang=fr-FR",
				"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(), "--user-data-dir=" + profile);
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				driver.quit();
			}
			finally {
				FileSystemUtils.deleteRecursively(profile.toFile());
			}
		}));
		return driver;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("oim-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
