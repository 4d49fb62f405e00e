package ma.oim.site.audit;

import ma.oim.site.web.BackOffice;
import ma.oim.site.web.PageNumber;
import ma.oim.site.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log, newest first, for administrators. */
@Controller
@BackOffice
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(PageNumber page, Model model) {
		Page<AuditEntry> entries = this.audit.page(page);
		page.requireWithin(entries.getTotalPages());
		model.addAttribute("entries", entries.getContent());
		model.addAttribute("pagination", Pagination.of(page.value(), Math.max(1, entries.getTotalPages()),
				UriComponentsBuilder.fromPath("/admin/audit")));
		return "admin/audit/list";
	}

}
