package ma.oim.site.testsupport;

import java.time.Clock;

import ma.oim.site.i18n.SiteZone;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Clock.system(SiteZone.ZONE));
	}

}
