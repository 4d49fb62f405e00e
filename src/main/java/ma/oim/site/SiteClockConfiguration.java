package ma.oim.site;

import java.time.Clock;

import ma.oim.site.i18n.SiteZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Publication state is computed from it at query
 * time, so tests move it to make a scheduled article go live.
 */
@Configuration(proxyBeanMethods = false)
class SiteClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(SiteZone.ZONE);
	}

}
