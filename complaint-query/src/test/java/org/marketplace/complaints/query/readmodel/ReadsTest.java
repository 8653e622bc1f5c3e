package org.marketplace.complaints.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Reads sent together: each gets its own rows, on H2 one statement each, on PostgreSQL all in one. */
class ReadsTest {

    private final AtomicInteger statementsPrepared = new AtomicInteger();
    private JdbcTemplate jdbc;

    @BeforeEach
    void tables() {
        jdbc = new JdbcTemplate(counting(TestDatabases.migrated()));
        jdbc.execute("CREATE TABLE reads_letters (id VARCHAR(10), letter VARCHAR(1), position INT)");
        jdbc.execute("CREATE TABLE reads_numbers (id VARCHAR(10), number INT)");
        jdbc.update("INSERT INTO reads_letters VALUES ('a', 'x', 2), ('a', 'w', 1), ('b', 'y', 1)");
        jdbc.update("INSERT INTO reads_numbers VALUES ('a', 7), ('b', 8)");
        statementsPrepared.set(0);
    }

    @Test
    void eachRead_getsItsOwnRows_inItsOwnOrder_evenAfterOneThatFindsNone() {
        Reads reads = new Reads.Source(jdbc).reads();
        Supplier<List<String>> letters = letters(reads, "a");
        Supplier<List<Integer>> none = numbers(reads, "c");
        Supplier<List<Integer>> numbers = numbers(reads, "b");

        reads.run();

        assertThat(letters.get()).containsExactly("w", "x");
        assertThat(none.get()).isEmpty();
        assertThat(numbers.get()).containsExactly(8);
    }

    @Test
    void aLaterReadsRowMapper_mayUseTheRowsOfAnEarlierOne() {
        Reads reads = new Reads.Source(jdbc).reads();
        Supplier<List<Integer>> number = numbers(reads, "a");
        Supplier<List<String>> labelled = reads.query("SELECT letter FROM reads_letters WHERE id = ? ORDER BY position",
                (row, n) -> row.getString("letter") + number.get().get(0), "a");

        reads.run();

        assertThat(labelled.get()).containsExactly("w7", "x7");
    }

    @Test
    void onPostgreSql_theReadsGoAsOneStatement_elsewhereAsOneEach() {
        Reads reads = new Reads.Source(jdbc).reads();
        letters(reads, "a");
        numbers(reads, "a");
        letters(reads, "b");
        statementsPrepared.set(0);

        reads.run();

        assertThat(statementsPrepared).hasValue(TestDatabases.onPostgres() ? 1 : 3);
    }

    @Test
    void aReadsRows_areNotThereBeforeItRan() {
        Reads reads = new Reads.Source(jdbc).reads();
        Supplier<List<Integer>> numbers = reads.query("SELECT number FROM reads_numbers", (row, n) -> row.getInt(1));

        assertThatThrownBy(numbers::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReadOfTwoStatements_isRefused() {
        Reads reads = new Reads.Source(jdbc).reads();

        assertThatThrownBy(() -> reads.query("SELECT 1; DELETE FROM reads_numbers", (row, n) -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Supplier<List<String>> letters(Reads reads, String id) {
        return reads.query("SELECT letter FROM reads_letters WHERE id = ? ORDER BY position",
                (row, n) -> row.getString("letter"), id);
    }

    private static Supplier<List<Integer>> numbers(Reads reads, String id) {
        return reads.query("SELECT number FROM reads_numbers WHERE id = ?", (row, n) -> row.getInt("number"), id);
    }

    /** The data source, counting the statements its connections prepare. */
    private DataSource counting(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("prepareStatement")) {
                                statementsPrepared.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
