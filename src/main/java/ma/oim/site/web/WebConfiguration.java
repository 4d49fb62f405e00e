package ma.oim.site.web;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ma.oim.site.i18n.Language;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiteProperties.class, OfficeProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorStatusInterceptor()).addPathPatterns("/admin/**", "/login/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageNumberArgumentResolver());
	}

	/**
	 * Static files, at addresses that carry a hash of their content ({@code /css/site-<hash>.css})
	 * and so are cached for a year. Mapped at the three folders they live in, not at Boot's
	 * {@code /**}: every link a page writes goes through the resource URL provider, which
	 * with a catch-all pattern looks each page's own address up in the class path's jars.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : List.of("css", "js", "img")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.setUseLastModified(false)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/** Controllers' route templates ({@link SitePaths}) expanded for every configured language. */
	@Bean
	WebMvcRegistrations localizedRoutes() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LocalizedRoutes();
			}
		};
	}

	/** Expands {@code @lang} and {@code @segment} in a mapping's patterns, once per language. */
	static class LocalizedRoutes extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
			RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
			if (info == null || info.getPathPatternsCondition() == null) {
				return info;
			}
			Set<String> patterns = info.getPathPatternsCondition().getPatternValues();
			if (patterns.stream().noneMatch((pattern) -> pattern.contains("@"))) {
				return info;
			}
			Set<String> expanded = new LinkedHashSet<>();
			for (String pattern : patterns) {
				if (!pattern.contains("@")) {
					expanded.add(pattern);
					continue;
				}
				for (Language language : Language.values()) {
					expanded.add(SitePaths.expand(pattern, language, false));
				}
			}
			return info.mutate().paths(expanded.toArray(String[]::new)).options(getBuilderConfiguration()).build();
		}

	}

	@Bean
	static TemplateViewClass templateViewClass() {
		return new TemplateViewClass();
	}

	/**
	 * Templates render through {@link TemplateView}: Boot's view resolver, configured from
	 * the spring.thymeleaf properties, with that view class. The resolver offers no
	 * customizer, so the class is set as the bean is initialised.
	 */
	static class TemplateViewClass implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof ThymeleafViewResolver resolver) {
				resolver.setViewClass(TemplateView.class);
			}
			return bean;
		}

	}

	/** First of all filters, so that a failure of the session store is caught too. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
