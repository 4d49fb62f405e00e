package ma.oim.site.security;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.oim.site.testsupport.SiteClient;
import ma.oim.site.testsupport.SiteTest;
import ma.oim.site.users.NewUserForm;
import ma.oim.site.users.Role;
import ma.oim.site.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkey sign-in answers forged ceremonies with a 401 and a short message, never a 500:
 * the test plays an authenticator itself (an ES256 key whose public half is registered),
 * so that it can sign a correct assertion, then spoil one thing at a time.
 */
@SiteTest
class ForgedPasskeyTests {

	private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	KeyPair key;

	Bytes credentialId;

	Bytes userHandle;

	@BeforeEach
	void registerAPasskey() throws Exception {
		NewUserForm form = new NewUserForm();
		form.setEmail("forged-" + UUID.randomUUID() + "@oim.test");
		form.setDisplayName("Forged Passkey");
		form.setRole(Role.EDITOR);
		form.setPassword("a long editor password");
		String email = this.users.create(form, SiteTest.ADMIN_EMAIL).getEmail();
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		this.key = generator.generateKeyPair();
		this.userHandle = Bytes.random();
		this.credentialId = Bytes.random();
		this.userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
			.id(this.userHandle)
			.name(email)
			.displayName("Forged Passkey")
			.build());
		this.credentials.save(ImmutableCredentialRecord.builder()
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(this.credentialId)
			.userEntityUserId(this.userHandle)
			.publicKey(new ImmutablePublicKeyCose(cose((ECPublicKey) this.key.getPublic())))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.backupEligible(false)
			.backupState(false)
			.attestationObject(new Bytes(attestationObject((ECPublicKey) this.key.getPublic())))
			.attestationClientDataJSON(new Bytes(("{\"type\":\"webauthn.create\",\"challenge\":\"AAAA\",\"origin\":\""
					+ origin() + "\"}").getBytes(StandardCharsets.UTF_8)))
			.created(Instant.now())
			.lastUsed(Instant.now())
			.label("test key")
			.build());
	}

	@Test
	void aCorrectAssertionSignsInOnce() throws Exception {
		SiteClient client = client();
		String challenge = challenge(client);
		String body = assertion(challenge, origin(), this.credentialId, false);
		HttpResponse<String> signedIn = client.postJson("/login/webauthn", body);
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.body()).contains("\"authenticated\":true");
		assertThat(client.postJson("/webauthn/register/options", "").statusCode())
			.as("the CSRF token of the sign-in page no longer works").isEqualTo(403);
		assertThat(client.get("/admin").statusCode()).isEqualTo(200);
		assertThat(client.postJson("/webauthn/register/options", "").statusCode()).as("the new one does")
			.isEqualTo(200);

		// The challenge was used: the same assertion, sent again from anywhere, opens nothing.
		SiteClient replayer = client();
		challenge(replayer);
		assertRefused(replayer.postJson("/login/webauthn", body));
		SiteClient withoutOptions = client();
		withoutOptions.get("/login");
		assertRefused(withoutOptions.postJson("/login/webauthn", body));
	}

	@Test
	void aWrongOriginIsRefused() throws Exception {
		SiteClient client = client();
		assertRefused(client.postJson("/login/webauthn",
				assertion(challenge(client), "https://oim-maroc.example", this.credentialId, false)));
		assertThat(client.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void aTamperedSignatureIsRefused() throws Exception {
		SiteClient client = client();
		assertRefused(client.postJson("/login/webauthn", assertion(challenge(client), origin(), this.credentialId, true)));
		assertThat(client.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void anUnknownCredentialIsRefused() throws Exception {
		SiteClient client = client();
		assertRefused(client.postJson("/login/webauthn", assertion(challenge(client), origin(), Bytes.random(), false)));
	}

	@Test
	void anInventedChallengeIsRefused() throws Exception {
		SiteClient client = client();
		challenge(client);
		String invented = Base64.getUrlEncoder().withoutPadding().encodeToString(Bytes.random().getBytes());
		assertRefused(client.postJson("/login/webauthn", assertion(invented, origin(), this.credentialId, false)));
	}

	@Test
	void garbageIsRefusedNeverAnError() throws Exception {
		SiteClient client = client();
		challenge(client);
		for (String body : new String[] { "", "{}", "null", "[1,2]", "{\"id\":\"" + "A".repeat(100_000) + "\"}",
				"{\"id\":\"x\",\"rawId\":\"!!\",\"response\":{\"clientDataJSON\":\"%%%\"}}", "\u0000\u202e" }) {
			HttpResponse<String> answer = client.postJson("/login/webauthn", body);
			assertThat(answer.statusCode()).as(body.length() > 40 ? body.substring(0, 40) : body).isIn(400, 401);
		}
	}

	@Test
	void manyAttemptsFromOneAddressAreSlowedDownWhileOthersSignIn() throws Exception {
		SiteClient flooder = client();
		int refused = 0;
		HttpResponse<String> answer = null;
		for (int attempt = 0; attempt < 15; attempt++) {
			answer = flooder.postJson("/login/webauthn",
					assertion(challenge(flooder), origin(), Bytes.random(), false));
			if (answer.statusCode() == 429) {
				break;
			}
			assertThat(answer.statusCode()).isEqualTo(401);
			refused++;
		}
		assertThat(refused).as("refused one by one before the address is slowed down").isEqualTo(10);
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).isPresent();
		assertThat(answer.body()).contains("\"authenticated\":false")
			.contains("Trop de tentatives de connexion par clé d’accès");
		assertThat(flooder.postJson("/login/webauthn", assertion(challenge(flooder), origin(), this.credentialId, false))
			.statusCode()).as("even a correct passkey waits on that address").isEqualTo(429);

		SiteClient owner = client();
		assertThat(owner.postJson("/login/webauthn", assertion(challenge(owner), origin(), this.credentialId, false))
			.statusCode()).as("another address signs in").isEqualTo(200);
	}

	@Test
	void registrationNeedsASignedInUserAndAValidCeremony() {
		SiteClient anonymous = client();
		anonymous.get("/login");
		assertThat(anonymous.postJson("/webauthn/register/options", "").statusCode()).isEqualTo(401);
		assertThat(anonymous.postJson("/webauthn/register", "{}").statusCode()).isIn(302, 401, 403);

		SiteClient editor = client();
		assertThat(editor.signIn(SiteTest.ADMIN_EMAIL, SiteTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		editor.get("/admin/account/passkeys");
		assertThat(editor.postJson("/webauthn/register", "{\"publicKey\":{\"label\":\"x\",\"credential\":{}}}")
			.statusCode()).isIn(400, 401);
		assertThat(editor.postJson("/webauthn/register", "not json").statusCode()).isIn(400, 401);
	}

	private void assertRefused(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("\"authenticated\":false").contains("Cette clé d’accès n’a pas été acceptée.");
	}

	private String challenge(SiteClient client) {
		client.get("/login");
		HttpResponse<String> options = client.postJson("/webauthn/authenticate/options", "");
		assertThat(options.statusCode()).isEqualTo(200);
		Matcher challenge = CHALLENGE.matcher(options.body());
		assertThat(challenge.find()).as(options.body()).isTrue();
		return challenge.group(1);
	}

	/** What an authenticator answers: its data, the client's data, their signature by the key. */
	private String assertion(String challenge, String origin, Bytes credential, boolean tamper) throws Exception {
		byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
				+ "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream authenticatorData = new ByteArrayOutputStream();
		authenticatorData.write(sha256("localhost".getBytes(StandardCharsets.US_ASCII)));
		authenticatorData.write(0x05);
		authenticatorData.write(new byte[] { 0, 0, 0, 1 });
		Signature signer = Signature.getInstance("SHA256withECDSA");
		signer.initSign(this.key.getPrivate());
		signer.update(authenticatorData.toByteArray());
		signer.update(sha256(clientData));
		byte[] signature = signer.sign();
		if (tamper) {
			signature[signature.length - 1] ^= 0x01;
		}
		return "{\"id\":\"" + credential.toBase64UrlString() + "\",\"rawId\":\"" + credential.toBase64UrlString()
				+ "\",\"response\":{\"authenticatorData\":\"" + b64(authenticatorData.toByteArray())
				+ "\",\"clientDataJSON\":\"" + b64(clientData) + "\",\"signature\":\"" + b64(signature)
				+ "\",\"userHandle\":\"" + this.userHandle.toBase64UrlString()
				+ "\"},\"credType\":\"public-key\",\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
	}

	/** A "none" attestation of the key, as a registration stores it: {fmt, attStmt, authData} in CBOR. */
	private byte[] attestationObject(ECPublicKey publicKey) throws Exception {
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.write(sha256("localhost".getBytes(StandardCharsets.US_ASCII)));
		authData.write(0x45);
		authData.write(new byte[] { 0, 0, 0, 0 });
		authData.write(new byte[16]);
		byte[] id = this.credentialId.getBytes();
		authData.write(new byte[] { (byte) (id.length >> 8), (byte) id.length });
		authData.write(id);
		authData.write(cose(publicKey));
		byte[] data = authData.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xA3);
		out.write(0x63);
		out.write("fmt".getBytes(StandardCharsets.US_ASCII));
		out.write(0x64);
		out.write("none".getBytes(StandardCharsets.US_ASCII));
		out.write(0x67);
		out.write("attStmt".getBytes(StandardCharsets.US_ASCII));
		out.write(0xA0);
		out.write(0x68);
		out.write("authData".getBytes(StandardCharsets.US_ASCII));
		out.write(0x59);
		out.write(new byte[] { (byte) (data.length >> 8), (byte) data.length });
		out.write(data);
		return out.toByteArray();
	}

	/** The public key as COSE (RFC 9053): EC2, ES256, P-256, x, y. */
	private static byte[] cose(ECPublicKey key) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20 });
		out.writeBytes(unsigned32(key.getW().getAffineX()));
		out.writeBytes(new byte[] { 0x22, 0x58, 0x20 });
		out.writeBytes(unsigned32(key.getW().getAffineY()));
		return out.toByteArray();
	}

	private static byte[] unsigned32(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] fixed = new byte[32];
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
		return fixed;
	}

	private static byte[] sha256(byte[] data) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(data);
	}

	private static String b64(byte[] data) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
	}

	private String origin() {
		return "http://localhost:" + this.port;
	}

	private SiteClient client() {
		int n = addresses.incrementAndGet();
		return new SiteClient(this.port, "10.27." + (n / 250) + "." + (1 + n % 250));
	}

}
