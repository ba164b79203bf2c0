package io.inventoryledger.app.support;

/** The PostgreSQL the tests run on: {@code LEDGER_TEST_DB_URL} and {@code LEDGER_TEST_DB_USER}, as in application-test. */
public final class TestDatabase {
    private TestDatabase() {}

    public static String url() {
        String url = System.getenv("LEDGER_TEST_DB_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    public static String user() {
        String user = System.getenv("LEDGER_TEST_DB_USER");
        return user == null || user.isBlank() ? "root" : user;
    }

    public static String name() {
        String url = url();
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The URL of database {@code name} on the same server. */
    public static String urlOf(String name) {
        String url = url();
        int query = url.indexOf('?', url.lastIndexOf('/'));
        return url.substring(0, url.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }
}
