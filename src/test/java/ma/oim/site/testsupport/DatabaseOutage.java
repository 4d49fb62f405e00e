package ma.oim.site.testsupport;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stops and starts the JVM's embedded PostgreSQL, as an outage would. pg_ctl refuses to
 * run as root, so the server is stopped by signal and started again by its own binary,
 * on the same data directory and port.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	public static void stop() throws IOException, InterruptedException {
		File dataDirectory = field("dataDirectory");
		long pid = Long.parseLong(Files.readAllLines(new File(dataDirectory, "postmaster.pid").toPath()).get(0).strip());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
		postmaster.onExit().join();
	}

	public static void start() throws IOException, InterruptedException {
		EmbeddedPostgres database = EmbeddedPostgresEnvironment.start(null);
		File binaries = field("pgDir");
		File dataDirectory = field("dataDirectory");
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			// As zonky does: PostgreSQL refuses root, so it runs in a user namespace.
			command.addAll(List.of("unshare", "-Uu"));
		}
		command.addAll(List.of(new File(binaries, "bin/postgres").getPath(), "-D", dataDirectory.getPath(), "-p",
				String.valueOf(database.getPort()), "-F", "-c", "synchronous_commit=off", "-c", "max_connections=200",
				"-c", "timezone=UTC"));
		new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dataDirectory.getParentFile(), "embedded-postgres-restart.log")))
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!accepts(database.getPort())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("PostgreSQL did not come back in 30 s");
			}
			Thread.sleep(100);
		}
		Thread.sleep(Duration.ofMillis(300).toMillis());
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static File field(String name) {
		try {
			Field field = EmbeddedPostgres.class.getDeclaredField(name);
			field.setAccessible(true);
			return (File) field.get(EmbeddedPostgresEnvironment.start(null));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("zonky's EmbeddedPostgres changed: no field " + name, ex);
		}
	}

}
