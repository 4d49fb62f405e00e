package ma.oim.site.web.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/**
	 * Before Spring Session and Spring Security (a hit needs neither; the page keeps the
	 * headers they wrote), after the filters that decode the request: character encoding
	 * and X-Forwarded-* (whether the request came over TLS).
	 */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, SignedInSessions sessions,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, sessions, sessionCookie));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
