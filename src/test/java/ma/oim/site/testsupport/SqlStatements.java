package ma.oim.site.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements that the application sends to PostgreSQL on the current
 * thread, whoever sends them: Hibernate, JdbcTemplate, Spring Session. The connection
 * pool is wrapped by datasource-proxy, which sees every statement at the JDBC level; a
 * count from Hibernate's statistics would miss the JdbcTemplate queries (search, the
 * page cache, sessions). MockMvc runs a request on the test's thread, so what a request
 * sends is what {@link #during} records.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	/** The statements sent on this thread while {@code action} ran, in order. */
	public static List<String> during(Callable<?> action) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDED.set(statements);
		try {
			action.call();
		}
		finally {
			RECORDED.remove();
		}
		return statements;
	}

	@Bean
	static BeanPostProcessor statementRecordingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Recorder()).build();
				}
				return bean;
			}

		};
	}

	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<String> statements = RECORDED.get();
			if (statements != null) {
				queries.forEach((query) -> statements.add(query.getQuery()));
			}
		}

	}

}
