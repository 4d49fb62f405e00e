package ma.oim.site.web;

import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the Prometheus endpoint tells operators: request rates, latencies and statuses
 * per route template, pools, memory, garbage collection. Not what would help someone
 * who reached the management port map the node: the server's disk paths (the site keeps
 * nothing on disk: images are in PostgreSQL), the JVM's vendor and version, the main
 * class, and the class names of the exceptions behind errors (status and outcome already
 * count them).
 */
@Configuration(proxyBeanMethods = false)
class OperatorMetricsConfiguration {

	@Bean
	MeterFilter noHostDetailsInMetrics() {
		return MeterFilter.deny((id) -> id.getName().startsWith("disk.") || id.getName().equals("jvm.info"));
	}

	@Bean
	MeterFilter noClassNamesInMetrics() {
		return MeterFilter.ignoreTags("exception", "error", "main.application.class");
	}

}
