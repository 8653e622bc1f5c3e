package org.marketplace.complaints.query.audit;

import java.sql.PreparedStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A query whose rows are handed on one at a time and never held all at once, for ranges of the global stream
 * that may be millions of events long (the export, the verification of a range). Rows come a batch per round
 * trip, in a read-only transaction: PostgreSQL's driver honours the fetch size only with auto-commit off, and
 * otherwise reads the whole result into memory before the first row.
 */
@Component
class StreamedQuery {

    /** Rows fetched per round trip. */
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    StreamedQuery(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    void stream(String sql, Object[] arguments, RowCallbackHandler eachRow) {
        readOnly.executeWithoutResult(transaction -> jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        }, eachRow));
    }
}
