package ma.oim.site.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Binds the {@code page} query parameter to a {@link PageNumber}. */
class PageNumberArgumentResolver implements HandlerMethodArgumentResolver {

	static final String PARAMETER = "page";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageNumber.class;
	}

	@Override
	public PageNumber resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String[] values = request.getParameterValues(PARAMETER);
		if (values == null || (values.length == 1 && values[0].isEmpty())) {
			return PageNumber.FIRST;
		}
		if (values.length != 1 || !isDigits(values[0])) {
			throw new BadRequestException();
		}
		String digits = values[0].replaceFirst("^0+", "");
		if (digits.isEmpty()) {
			throw new BadRequestException();
		}
		if (digits.length() > 9 || Integer.parseInt(digits) > PageNumber.MAX) {
			throw new NotFoundException();
		}
		return new PageNumber(Integer.parseInt(digits));
	}

	/** ASCII digits only: no sign, no space, no other script's digits. */
	private static boolean isDigits(String value) {
		return !value.isEmpty() && value.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

}
