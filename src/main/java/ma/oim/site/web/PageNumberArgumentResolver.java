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
		if (values != null && values.length > 1) {
			throw new BadRequestException();
		}
		return PageNumber.parse((values != null) ? values[0] : null);
	}

}
