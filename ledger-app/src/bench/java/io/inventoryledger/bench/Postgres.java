package io.inventoryledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + database, e);
        }
    }

    /**
     * Vacuums and analyzes {@code database}, then checkpoints: rows loaded in bulk a moment ago are left as a store
     * written over months would be (hint bits and visibility map set, statistics current, nothing left to flush),
     * so that what is timed next is the service's work, not PostgreSQL's first pass over fresh pages.
     */
    void settle(String database) {
        try (Connection connection = connect(database);
                Statement sql = connection.createStatement()) {
            sql.execute("VACUUM (ANALYZE)");
            sql.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot vacuum database " + database, e);
        }
    }

    /** The server's autovacuum setting ("on"/"off"). */
    String autovacuum() {
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SHOW autovacuum")) {
            rows.next();
            return rows.getString(1);
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
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement()) {
            sql.execute(alterSystem);
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the server's settings: " + alterSystem, e);
        }
    }

    void drop(String database) {
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database, e);
        }
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
        try (Connection connection = connect("postgres");
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
