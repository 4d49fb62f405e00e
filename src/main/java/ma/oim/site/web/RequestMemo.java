package ma.oim.site.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value read at most once per web request: the layout and the page shown often need the
 * same small table (the page tree, the thematic axes). Outside a request it is read each
 * time.
 */
public final class RequestMemo {

	private RequestMemo() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T get(String key, Supplier<T> read) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read.get();
		}
		T value = (T) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (value == null) {
			value = read.get();
			request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
		}
		return value;
	}

}
