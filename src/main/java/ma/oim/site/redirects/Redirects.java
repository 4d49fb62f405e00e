package ma.oim.site.redirects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import ma.oim.site.web.MovedAddresses;
import ma.oim.site.web.PageNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The redirects: where an old address now lives, and their list for administrators. */
@Service
class Redirects implements MovedAddresses {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	Redirects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> newAddressOf(String path) {
		String key = RedirectPaths.key(path);
		if (key.length() > RedirectPaths.MAX_LENGTH) {
			return Optional.empty();
		}
		return this.jdbc.sql("select to_path from redirect where from_path = :path")
			.param("path", key)
			.query(String.class)
			.optional();
	}

	/** A page of the list, newest first. */
	List<Redirect> page(PageNumber page) {
		return this.jdbc.sql("""
				select id, from_path, to_path, created_by, created_at from redirect
				order by created_at desc, id desc limit :size offset :offset""")
			.param("size", PAGE_SIZE)
			.param("offset", page.offset(PAGE_SIZE))
			.query(Redirects::redirect)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from redirect").query(Long.class).single();
	}

	private static Redirect redirect(ResultSet row, int number) throws SQLException {
		return new Redirect(row.getLong("id"), row.getString("from_path"), row.getString("to_path"),
				row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
