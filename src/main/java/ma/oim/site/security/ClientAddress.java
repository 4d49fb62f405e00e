package ma.oim.site.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a sign-in attempt (or a contact message) is counted against. An IPv6 client
 * gets a whole /64 from its provider, so it is counted by that prefix, not by one of its
 * many addresses.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		if (remote == null || remote.isEmpty() || remote.length() > 64) {
			return "unknown";
		}
		if (remote.indexOf(':') < 0) {
			return remote;
		}
		try {
			// A literal only: getByName never looks a name up for an IPv6 literal.
			InetAddress address = InetAddress.getByName(remote.startsWith("[") ? remote : "[" + remote + "]");
			if (address instanceof Inet6Address) {
				byte[] bytes = address.getAddress();
				StringBuilder prefix = new StringBuilder();
				for (int i = 0; i < 8; i += 2) {
					prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
				}
				return prefix.append(":/64").toString();
			}
			return address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

}
