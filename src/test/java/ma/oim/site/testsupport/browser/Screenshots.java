package ma.oim.site.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of what the browser shows, written to {@code docs/screenshots/} (the README
 * shows them), so the pictures in the documentation are those of the code that passed.
 */
public final class Screenshots {

	public static final Path DIRECTORY = Path.of("docs", "screenshots");

	/** Above this a picture is too heavy for the README; the test says so instead of committing it. */
	public static final long MAX_BYTES = 300 * 1024;

	private Screenshots() {
	}

	/** Saves the viewport as {@code docs/screenshots/NAME.png} and returns the file. */
	public static Path save(ChromeDriver driver, String name) {
		byte[] png = driver.getScreenshotAs(OutputType.BYTES);
		if (png.length > MAX_BYTES) {
			throw new AssertionError("Screenshot " + name + " is " + png.length / 1024 + " KB, over "
					+ MAX_BYTES / 1024 + " KB: make the viewport smaller");
		}
		try {
			Files.createDirectories(DIRECTORY);
			Path file = DIRECTORY.resolve(name + ".png");
			if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), png)) {
				Files.write(file, png);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
