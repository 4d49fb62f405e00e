package ma.oim.site.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender's address (OIM_MAIL_FROM)
 * @param queue messages waiting to be sent on this node at most; beyond, they are dropped and logged
 * @param shutdownWait how long a stopping node gives the queue to empty
 */
@ConfigurationProperties("oim.mail")
record MailProperties(@DefaultValue("no-reply@localhost") String from, @DefaultValue("200") int queue,
		@DefaultValue("10s") Duration shutdownWait) {

}
