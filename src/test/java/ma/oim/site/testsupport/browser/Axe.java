package ma.oim.site.testsupport.browser;

import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core (Deque), run in the page the browser shows, with the WCAG 2.0 and 2.1 A and AA rules. */
public final class Axe {

	public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Axe() {
	}

	/** Fails, listing each violation with the elements concerned, unless axe reports none. */
	public static void assertNoViolations(WebDriver driver, String name) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError(name + ": axe failed: " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			StringBuilder report = new StringBuilder(
					name + " (" + driver.getCurrentUrl() + "): axe reports " + violations.size() + " violation(s)");
			for (Rule rule : violations) {
				report.append("\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
					.append(rule.getHelp());
				for (CheckedNode node : rule.getNodes()) {
					report.append("\n    ").append(node.getTarget()).append("  ").append(node.getHtml());
					if (node.getFailureSummary() != null) {
						report.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
					}
				}
			}
			throw new AssertionError(report.toString());
		}
	}

}
