package ma.oim.site.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, so that tests can send what no well-behaved client
 * would: broken percent-encoding, invalid UTF-8, NUL bytes, odd methods.
 */
public final class RawHttp {

	/**
	 * What came back: status, headers (last value per name, lower-cased), body, and every
	 * cookie set (a response can set several).
	 */
	public record Response(int status, Map<String, String> headers, String body, List<String> setCookies) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

		/** {@code name=value} of the cookie {@code name} set by this response, if it set one. */
		public java.util.Optional<String> cookie(String name) {
			return this.setCookies.stream()
				.map((cookie) -> cookie.split(";")[0])
				.filter((pair) -> pair.startsWith(name + "="))
				.findFirst();
		}

	}

	private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

	private RawHttp() {
	}

	public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body)
			throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			return exchange(socket, method, target, headers, body);
		}
	}

	/**
	 * The same from another loopback address ({@code 127.0.0.0/8} is all loopback on
	 * Linux), for tests of what the server counts per client address.
	 */
	public static Response sendFrom(InetAddress client, int port, String method, String target,
			Map<String, String> headers, byte[] body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, client, 0)) {
			return exchange(socket, method, target, headers, body);
		}
	}

	private static Response exchange(Socket socket, String method, String target, Map<String, String> headers,
			byte[] body) throws IOException {
		socket.setSoTimeout(30_000);
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: localhost\r\nConnection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		OutputStream out = socket.getOutputStream();
		out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			out.write(body);
		}
		out.flush();
		return parse(socket.getInputStream());
	}

	public static Response get(int port, String target, Map<String, String> headers) throws IOException {
		return send(port, "GET", target, headers, null);
	}

	private static Response parse(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		String head = new String(all, 0, (end >= 0) ? end : all.length, StandardCharsets.ISO_8859_1);
		Matcher status = STATUS.matcher(head);
		if (!status.find()) {
			throw new IOException("No HTTP status line in: " + head);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		List<String> setCookies = new ArrayList<>();
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				String name = line.substring(0, colon).strip().toLowerCase();
				headers.put(name, line.substring(colon + 1).strip());
				if (name.equals("set-cookie")) {
					setCookies.add(line.substring(colon + 1).strip());
				}
			}
		}
		byte[] body = (end >= 0) ? java.util.Arrays.copyOfRange(all, end + 4, all.length) : new byte[0];
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(Integer.parseInt(status.group(1)), headers, new String(body, StandardCharsets.UTF_8),
				List.copyOf(setCookies));
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int position = 0;
		byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
		while (position < chunked.length) {
			int lineEnd = indexOf(chunked, crlf, position);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1);
			int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			int start = lineEnd + 2;
			int stop = Math.min(chunked.length, start + size);
			body.write(chunked, start, stop - start);
			position = stop + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] pattern, int from) {
		outer: for (int i = from; i <= bytes.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
