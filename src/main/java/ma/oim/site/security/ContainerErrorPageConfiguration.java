package ma.oim.site.security;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ContainerErrorPage} in the place of Tomcat's error report, on the host that
 * holds the site. Spring Boot adds its own report valve when stack traces are never shown;
 * this runs after it and leaves only one.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPageConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorPage(MessageSource messages) {
		return new ContainerErrorPageCustomizer(messages);
	}

	private record ContainerErrorPageCustomizer(MessageSource messages)
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standardHost) {
					standardHost.setErrorReportValveClass(ContainerErrorPage.class.getName());
				}
				host.getPipeline().addValve(new ContainerErrorPage(this.messages));
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
