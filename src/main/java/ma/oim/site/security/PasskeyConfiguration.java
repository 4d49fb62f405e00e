package ma.oim.site.security;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import ma.oim.site.web.SiteProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn, Spring Security with webauthn4j): the relying party is the site's
 * public address, OIM_SITE_BASE_URL (its host is the relying-party id, its origin the only
 * origin allowed), and passkeys live in PostgreSQL, so every node accepts every passkey.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository userEntities,
			ApplicationEventPublisher events) {
		return new AuditedUserCredentials(new JdbcUserCredentialRepository(jdbc), userEntities, events);
	}

	@Bean
	PasskeyOrigins passkeyOrigins(SiteProperties site, @Value("${oim.passkeys.local-origin:false}") boolean local) {
		return new PasskeyOrigins(site.baseUrl(), local);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, PasskeyOrigins origins) {
		return new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(origins.rpId()).name("OIM Maroc").build(), origins.allowed);
	}

	/**
	 * The origins a passkey ceremony may come from: the public address only. With
	 * {@code oim.passkeys.local-origin} (the tests and the dev run, whose port is chosen at
	 * start), {@code http://localhost:<port>} too.
	 */
	static final class PasskeyOrigins implements ApplicationListener<WebServerInitializedEvent> {

		final Set<String> allowed = new CopyOnWriteArraySet<>();

		private final URI base;

		private final boolean local;

		PasskeyOrigins(String baseUrl, boolean local) {
			this.base = URI.create(baseUrl);
			this.local = local;
			this.allowed.add(this.base.getScheme() + "://" + this.base.getHost()
					+ ((this.base.getPort() > 0) ? ":" + this.base.getPort() : ""));
		}

		String rpId() {
			return this.base.getHost();
		}

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			if (this.local && "localhost".equals(rpId()) && event.getApplicationContext().getServerNamespace() == null) {
				this.allowed.add("http://localhost:" + event.getWebServer().getPort());
			}
		}

	}

}
