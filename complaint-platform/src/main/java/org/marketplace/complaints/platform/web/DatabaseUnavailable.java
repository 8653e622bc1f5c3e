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
 * The database cannot be reached, or every connection to it is in use: 503 DATABASE_UNAVAILABLE with Retry-After
 * instead of a 500, since nothing is wrong with the request and the same request succeeds once the database is back
 * (or a connection is free). Recognised anywhere in the cause chain, because the failure arrives wrapped: in Spring's
 * translations, in Axon's EventStoreException or CommandExecutionException, in Bucket4j's. Hikari's
 * connection-timeout bounds how long a request waits for it.
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

    /**
     * Whether the database was up but every pooled connection stayed in use for the whole wait: the pool's timeout
     * without a cause. Hikari gives its last failed attempt to connect as the cause, and forgets it once a
     * connection opens, so a timeout without one means a pool too small for the load, not a database down. Same
     * answer to the client (retry later); a different one to the operator, who looks at the pool, not the database.
     */
    public static boolean busy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timedOut) {
                return timedOut.getCause() == null;
            }
        }
        return false;
    }

    /** The answer to a failure that {@link #explains(Throwable)}; {@code busy}: as {@link #busy(Throwable)} says. */
    public static ResponseEntity<ProblemDetail> answer(boolean busy) {
        String detail = busy
                ? "the database is busy: no connection to it became free in time; retry later"
                : "the database cannot be reached at the moment; retry later";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE, detail));
    }
}
