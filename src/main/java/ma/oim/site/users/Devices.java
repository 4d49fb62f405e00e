package ma.oim.site.users;

/**
 * A User-Agent reduced to what its owner recognises: the browser and the system ("Firefox,
 * Windows"). Nothing else of the header is kept, so a session list stores no fingerprint.
 */
public final class Devices {

	private Devices() {
	}

	public static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String ua = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
		return browser(ua) + ", " + system(ua);
	}

	private static String browser(String ua) {
		if (ua.contains("Edg/") || ua.contains("Edge/")) {
			return "Edge";
		}
		if (ua.contains("OPR/") || ua.contains("Opera")) {
			return "Opera";
		}
		if (ua.contains("SamsungBrowser/")) {
			return "Samsung Internet";
		}
		if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
			return "Firefox";
		}
		if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("CriOS/")) {
			return "Chrome";
		}
		if (ua.contains("Safari/")) {
			return "Safari";
		}
		return "?";
	}

	private static String system(String ua) {
		if (ua.contains("Android")) {
			return "Android";
		}
		if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
			return "iOS";
		}
		if (ua.contains("Windows")) {
			return "Windows";
		}
		if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
			return "macOS";
		}
		if (ua.contains("CrOS")) {
			return "ChromeOS";
		}
		if (ua.contains("Linux") || ua.contains("X11")) {
			return "Linux";
		}
		return "?";
	}

}
