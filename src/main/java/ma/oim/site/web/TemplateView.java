package ma.oim.site.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;

/** A Thymeleaf view whose template variables do not go through the request's wrappers. */
public class TemplateView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		super.render(model, new TemplateVariablesRequest(request), response);
	}

}
