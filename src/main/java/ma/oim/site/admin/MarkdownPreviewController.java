package ma.oim.site.admin;

import ma.oim.site.content.Markdown;
import ma.oim.site.web.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The live preview of an editor's Markdown (progressive enhancement), sanitised as when saved. */
@Controller
class MarkdownPreviewController {

	/** As long as the longest text a form accepts. */
	static final int MAX_LENGTH = 100_000;

	private final Markdown markdown;

	MarkdownPreviewController(Markdown markdown) {
		this.markdown = markdown;
	}

	@PostMapping(path = "/admin/markdown", produces = "text/html;charset=UTF-8")
	@ResponseBody
	String render(@RequestParam(defaultValue = "") String source) {
		if (source.length() > MAX_LENGTH) {
			throw new BadRequestException();
		}
		return this.markdown.toSafeHtml(source);
	}

}
