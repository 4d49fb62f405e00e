package ma.oim.site.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** What sign-in attempts are counted against: an IPv4 address, or an IPv6 client's /64. */
class ClientAddressTests {

	@Test
	void ipv4AddressIsCountedAsItIs() {
		assertThat(ClientAddress.of(from("203.0.113.7"))).isEqualTo("203.0.113.7");
	}

	@Test
	void ipv6AddressesOfOneNetworkAreCountedTogether() {
		assertThat(ClientAddress.of(from("2001:db8:1:2:aaaa::1"))).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.of(from("2001:0db8:0001:0002:ffff:1:2:3"))).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.of(from("[2001:db8:1:2::9]"))).isEqualTo("2001:db8:1:2::/64");
	}

	@Test
	void oddAddressesAreCountedTogetherNeverFail() {
		assertThat(ClientAddress.of(from(""))).isEqualTo("unknown");
		assertThat(ClientAddress.of(from("not:an:address:zz"))).isEqualTo("unknown");
		assertThat(ClientAddress.of(from("x".repeat(100)))).isEqualTo("unknown");
	}

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		return request;
	}

}
