package ma.oim.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again with its errors is a rejected request: 422, or 409 when another
 * editor saved first. The page is the same, with what was typed and the messages.
 */
class FormErrorStatusInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK
				|| !"POST".equals(request.getMethod())) {
			return;
		}
		if (modelAndView.getModel().get("conflict") != null) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return;
		}
		boolean rejected = modelAndView.getModel()
			.values()
			.stream()
			.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors());
		if (rejected) {
			response.setStatus(422);
		}
	}

}
