package io.inventoryledger.app.support;

import io.inventoryledger.app.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One more application node in this JVM: its own Spring context and server, on a random port. */
public final class LedgerNode implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private LedgerNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node with the given profiles and command-line style arguments ("--key=value"). */
    public static LedgerNode start(String[] profiles, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new LedgerNode(new SpringApplicationBuilder(LedgerApplication.class)
                .profiles(profiles)
                .run(all));
    }

    public PlacementClient admin() {
        return PlacementClient.admin("http://127.0.0.1:" + port());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
