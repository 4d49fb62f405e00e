package ma.oim.site.i18n;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	/**
	 * Sets the site's languages from {@code oim.site.languages} before any other bean is
	 * made: the handler mapping expands its routes for them, entities read them.
	 */
	@Bean
	static BeanFactoryPostProcessor siteLanguages(Environment environment) {
		return (beanFactory) -> Language
			.configure(Language.parse(environment.getProperty("oim.site.languages", "fr")));
	}

	@Bean
	LocaleResolver localeResolver(Environment environment) {
		return new PathLocaleResolver(backOfficeLanguages(environment));
	}

	/**
	 * Every user-visible string lives in i18n/messages_{language}, one bundle per language;
	 * their numbers are in Western digits.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messageSource = new WesternDigitsMessageSource();
		messageSource.setBasename("i18n/messages");
		messageSource.setDefaultEncoding("UTF-8");
		messageSource.setFallbackToSystemLocale(false);
		messageSource.setDefaultLocale(Language.record().locale());
		return messageSource;
	}

	/** {@code ?lang=en} on the back office and sign-in pages switches their language. */
	/** The back office's languages ({@code oim.site.back-office-languages}): French and English. */
	static List<Language> backOfficeLanguages(Environment environment) {
		return Language.parse(environment.getProperty("oim.site.back-office-languages", "fr"))
			.stream()
			.map((code) -> Language.fromCode(code)
				.orElseThrow(() -> new IllegalStateException("Back office language not among the site's: " + code)))
			.toList();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).addPathPatterns("/admin", "/admin/**", "/login", "/login/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new LanguageArgumentResolver());
	}

}
