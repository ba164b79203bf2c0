package io.inventoryledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The local PostgreSQL that both servers share: fresh databases and plain facts about it. */
record Postgres(String host, int port, String user) {
    Postgres(BenchSettings settings) {
        this(settings.text("pg.host"), settings.integer("pg.port"), settings.text("pg.user"));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, "");
    }

    /** Drops (forcing off any session) and creates {@code database}: every run starts from nothing. */
    void recreate(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        execute(
                "postgres",
                "cannot recreate database " + database,
                "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
                "CREATE DATABASE " + database);
    }

    /**
     * Vacuums and analyzes {@code database}, then checkpoints: rows loaded in bulk a moment ago are left as a store
     * written over months would be (hint bits and visibility map set, statistics current, nothing left to flush),
     * so that what is timed next is the service's work, not PostgreSQL's first pass over fresh pages.
     */
    void settle(String database) {
        execute(database, "cannot vacuum database " + database, "VACUUM (ANALYZE)", "CHECKPOINT");
    }

    /** The server's autovacuum setting ("on"/"off"). */
    String autovacuum() {
        try {
            return show("autovacuum");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the autovacuum setting", e);
        }
    }

    /**
     * Turns autovacuum on for the whole server when it is off (a CI configuration may turn it off; no production
     * PostgreSQL runs without it, and a claim storm's deleted rows then pile up and its statistics go stale for
     * both servers). Returns whether it changed anything, for {@link #restoreAutovacuum()}.
     */
    boolean turnAutovacuumOn() {
        if (autovacuum().equals("on")) {
            return false;
        }
        reloadWith("ALTER SYSTEM SET autovacuum = on");
        return true;
    }

    /** Gives the server back its own autovacuum setting. */
    synchronized void restoreAutovacuum() {
        reloadWith("ALTER SYSTEM RESET autovacuum");
    }

    private void reloadWith(String alterSystem) {
        execute(
                "postgres",
                "cannot change the server's settings: " + alterSystem,
                alterSystem,
                "SELECT pg_reload_conf()");
    }

    void drop(String database) {
        execute(
                "postgres",
                "cannot drop database " + database,
                "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Connections still free for ordinary roles (other services on this PostgreSQL hold theirs); -1 if unknown. */
    int freeConnections() {
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SELECT current_setting('max_connections')::int"
                        + " - current_setting('superuser_reserved_connections')::int"
                        + " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            System.out.println("bench: cannot read connection counts: " + e.getMessage());
            return -1;
        }
    }

    String version() {
        try {
            return show("server_version");
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Runs {@code statements} in order on {@code database}; a failure is an IllegalStateException saying {@code failure}. */
    private void execute(String database, String failure, String... statements) {
        try (Connection connection = connect(database);
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /** A row of a query's result, read. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Every row {@code query} answers on {@code database}; a failure is an IllegalStateException saying {@code failure}. */
    <T> List<T> rows(String database, String failure, String query, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        try (Connection connection = connect(database);
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
        return rows;
    }

    /** A server setting, as SHOW gives it. */
    private String show(String setting) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
