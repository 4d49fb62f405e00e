package ma.oim.site.testsupport.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out through the real forms, as a person does. */
public final class SignIn {

	private SignIn() {
	}

	/** Signs in through {@code /login} and waits for the back office. */
	public static void as(WebDriver driver, String baseUrl, String email, String password, String language) {
		driver.get(baseUrl + "/login?lang=" + language);
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(driver).until(ExpectedConditions.urlMatches("/admin"));
	}

	/** Signs out with the header's button (a POST with its CSRF token) and waits for the login page. */
	public static void out(WebDriver driver) {
		driver.findElement(By.cssSelector("form.logout button")).click();
		wait(driver).until(ExpectedConditions.urlContains("/login"));
	}

	/** Forgets every cookie of the site: a fresh visitor. */
	public static void forget(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/img/favicon.svg");
		driver.manage().deleteAllCookies();
	}

	public static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

}
