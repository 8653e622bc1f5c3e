package org.marketplace.complaints.platform.web;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached: 503 DATABASE_UNAVAILABLE with Retry-After instead of a 500, since nothing is wrong
 * with the request and the same request succeeds once the database is back. Recognised anywhere in the cause chain,
 * because the failure arrives wrapped: in Spring's translations, in Axon's EventStoreException or
 * CommandExecutionException, in Bucket4j's. Hikari's connection-timeout bounds how long a request waits for it.
 */
public final class DatabaseUnavailable {

    public static final String CODE = "DATABASE_UNAVAILABLE";
    /** Long enough not to hammer a database that is starting, short enough for a restart of a few seconds. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /**
     * SQLSTATEs of a lost or refused connection: class 08 (connection exception) and PostgreSQL's admin_shutdown,
     * crash_shutdown and cannot_connect_now (a backend terminated by a restart, a server still starting).
     */
    private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03");

    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean explains(Throwable failure) {
        boolean inDatabaseCall = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
            // the socket to the database broke mid-statement (PostgreSQL's driver wraps it in an SQLException)
            inDatabaseCall |= cause instanceof SQLException;
            if (inDatabaseCall && (cause instanceof SocketException || cause instanceof EOFException)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        if (sql.getSQLState() == null) {
            // Hikari's answer on a connection it closed after the database ended it (it marks such a connection
            // broken on a class 08 or 57P01 error); a rollback that follows the first failure replaces it with this
            return HIKARI_CLOSED_CONNECTION.equals(sql.getMessage());
        }
        return sql.getSQLState().startsWith("08") || CONNECTION_STATES.contains(sql.getSQLState());
    }

    public static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE,
                        "the database cannot be reached at the moment; retry later"));
    }
}
