package ma.oim.site.security;

import java.util.List;

import ma.oim.site.users.AccountEvent;
import ma.oim.site.users.AccountEvent.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC store of passkeys, which also writes an audit line when a new
 * passkey is saved (a registration; a sign-in saves an existing one again, with its new
 * signature count).
 */
final class AuditedUserCredentials implements UserCredentialRepository {

	private final UserCredentialRepository delegate;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final ApplicationEventPublisher events;

	AuditedUserCredentials(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository userEntities,
			ApplicationEventPublisher events) {
		this.delegate = delegate;
		this.userEntities = userEntities;
		this.events = events;
	}

	@Override
	public void save(CredentialRecord record) {
		boolean registration = this.delegate.findByCredentialId(record.getCredentialId()) == null;
		this.delegate.save(record);
		if (registration) {
			PublicKeyCredentialUserEntity user = this.userEntities.findById(record.getUserEntityUserId());
			String email = (user != null) ? user.getName() : null;
			this.events.publishEvent(new AccountEvent(Kind.PASSKEY_REGISTERED, email, email, record.getLabel()));
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		this.delegate.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.delegate.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.delegate.findByUserId(userId);
	}

}
