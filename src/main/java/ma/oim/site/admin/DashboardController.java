package ma.oim.site.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@BackOffice
class DashboardController {

	@GetMapping("/admin")
	String dashboard() {
		return "admin/dashboard";
	}

}
