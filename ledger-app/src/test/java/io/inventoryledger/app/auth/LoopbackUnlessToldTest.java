package io.inventoryledger.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Where the service listens, for each combination of strategy and bind address. */
class LoopbackUnlessToldTest {
    private static String address(String... settings) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            properties.put(settings[i], settings[i + 1]);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", properties));
        new LoopbackUnlessTold().postProcessEnvironment(environment, null);
        return environment.getProperty("server.address");
    }

    @Test
    void noauth2_by_default_listens_on_loopback_whatever_address_was_set() {
        assertThat(address()).isEqualTo("127.0.0.1");
        assertThat(address("ledger.bind-address", "0.0.0.0")).isEqualTo("127.0.0.1");
        assertThat(address("server.address", "0.0.0.0")).isEqualTo("127.0.0.1");
    }

    @Test
    void noauth2_listens_elsewhere_only_when_both_strategy_and_bind_address_are_set() {
        assertThat(address("ledger.auth.strategy", "noauth2")).isEqualTo("127.0.0.1");
        assertThat(address("ledger.auth.strategy", "noauth2", "ledger.bind-address", "0.0.0.0"))
                .isEqualTo("0.0.0.0");
    }

    @Test
    void keystone_listens_on_the_bind_address_or_every_interface() {
        assertThat(address("ledger.auth.strategy", "keystone")).isNull();
        assertThat(address("ledger.auth.strategy", "keystone", "ledger.bind-address", "10.1.2.3"))
                .isEqualTo("10.1.2.3");
    }
}
