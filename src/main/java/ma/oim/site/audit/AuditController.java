package ma.oim.site.audit;

import ma.oim.site.admin.BackOffice;
import ma.oim.site.web.BadRequestException;
import ma.oim.site.web.NotFoundException;
import ma.oim.site.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1) {
			throw new BadRequestException();
		}
		Page<AuditEntry> entries = this.audit.page(page - 1);
		if (page > 1 && page > entries.getTotalPages()) {
			throw new NotFoundException();
		}
		model.addAttribute("entries", entries.getContent());
		model.addAttribute("pagination", Pagination.of(page, Math.max(1, entries.getTotalPages()),
				UriComponentsBuilder.fromPath("/admin/audit")));
		return "admin/audit/list";
	}

}
