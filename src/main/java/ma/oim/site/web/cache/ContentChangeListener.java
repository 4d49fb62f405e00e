package ma.oim.site.web.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on a connection of its own, for the database's notice that content changed
 * (a trigger on every content table, see V6), and drops this node's page cache. When the
 * connection is lost the cache stops serving until the node hears the database again.
 */
@Component
class ContentChangeListener implements SmartLifecycle {

	static final String CHANNEL = "oim_content_changed";

	private static final Logger logger = LoggerFactory.getLogger(ContentChangeListener.class);

	private final PageCache cache;

	private final DataSourceProperties database;

	private volatile boolean running;

	private Thread thread;

	ContentChangeListener(PageCache cache, DataSourceProperties database) {
		this.cache = cache;
		this.database = database;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "content-change-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.database.determineUrl(),
					this.database.determineUsername(), this.database.determinePassword());
					Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
				this.cache.setListening(true);
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notifications.getNotifications(1000);
					if (received != null && received.length > 0) {
						this.cache.invalidate();
					}
				}
			}
			catch (SQLException ex) {
				if (this.running) {
					logger.warn("Not listening for content changes ({}); page cache off until reconnected",
							ex.getMessage());
				}
			}
			finally {
				this.cache.setListening(false);
			}
			pause();
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
