package org.marketplace.complaints.query.readmodel;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * SELECTs that one answer needs and that do not depend on one another's results, sent together. On PostgreSQL they
 * go in one round trip: the driver sends the statements of one prepared statement, separated by semicolons, before
 * a single Sync, and returns their result sets in order. Elsewhere (H2, whose driver runs one statement per prepared
 * statement) they run one after another. A complaint's detail reads ten tables by the complaint's id: one round trip
 * instead of ten (docs/performance.md).
 * <p>
 * Results are read in the order the reads were added, so a later read's row mapper may use an earlier read's rows.
 */
public final class Reads {

    private final JdbcTemplate jdbc;
    private final boolean together;
    private final List<Read<?>> pending = new ArrayList<>();

    private Reads(JdbcTemplate jdbc, boolean together) {
        this.jdbc = jdbc;
        this.together = together;
    }

    /** Makes each answer's {@link Reads}; knows once whether the database takes several statements at a time. */
    public static final class Source {

        private final JdbcTemplate jdbc;
        private volatile Boolean together;

        public Source(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public Reads reads() {
            if (together == null) {
                together = isPostgres(jdbc.getDataSource());
            }
            return new Reads(jdbc, together);
        }

        private static boolean isPostgres(DataSource dataSource) {
            try {
                return "PostgreSQL".equals(
                        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException unknown) {
                // one after another works on every database
                return false;
            }
        }
    }

    /** A SELECT to send with the others; its rows, once {@link #run()} has returned. */
    public <T> Supplier<List<T>> query(String sql, RowMapper<T> mapper, Object... arguments) {
        if (sql.contains(";")) {
            throw new IllegalArgumentException("one statement per read: " + sql);
        }
        Read<T> read = new Read<>(sql, mapper, arguments);
        pending.add(read);
        return read;
    }

    /** Sends every read added since the last run. */
    public void run() {
        List<Read<?>> reads = List.copyOf(pending);
        pending.clear();
        if (reads.isEmpty()) {
            return;
        }
        if (!together || reads.size() == 1) {
            reads.forEach(read -> read.runAlone(jdbc));
            return;
        }
        String sql = reads.stream().map(read -> read.sql).collect(Collectors.joining("; "));
        Object[] arguments = reads.stream().flatMap(read -> Arrays.stream(read.arguments)).toArray();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                new ArgumentPreparedStatementSetter(arguments).setValues(statement);
                boolean results = statement.execute();
                for (Read<?> read : reads) {
                    if (!results) {
                        throw new SQLException("no result set for " + read.sql);
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        read.fill(rows);
                    }
                    results = statement.getMoreResults();
                }
            }
            return null;
        });
    }

    private static final class Read<T> implements Supplier<List<T>> {

        final String sql;
        final RowMapper<T> mapper;
        final Object[] arguments;
        List<T> rows;

        Read(String sql, RowMapper<T> mapper, Object[] arguments) {
            this.sql = sql;
            this.mapper = mapper;
            this.arguments = arguments;
        }

        void runAlone(JdbcTemplate jdbc) {
            rows = jdbc.query(sql, mapper, arguments);
        }

        void fill(ResultSet resultSet) throws SQLException {
            rows = new RowMapperResultSetExtractor<>(mapper).extractData(resultSet);
        }

        @Override
        public List<T> get() {
            if (rows == null) {
                throw new IllegalStateException("read before it was run: " + sql);
            }
            return rows;
        }
    }
}
