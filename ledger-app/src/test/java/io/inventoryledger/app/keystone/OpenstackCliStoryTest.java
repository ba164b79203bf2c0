package io.inventoryledger.app.keystone;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.KeystoneServerTest;
import io.inventoryledger.app.support.RealKeystone;
import io.inventoryledger.app.support.RealKeystone.Scope;
import io.inventoryledger.app.support.RealKeystone.User;
import io.inventoryledger.app.support.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real openstack CLI (with osc-placement), logged in to Keystone with a password, finds the ledger through
 * Keystone's catalog and creates and lists a resource provider: scripts/openstack-cli-check.sh, as CI runs it.
 */
class OpenstackCliStoryTest extends KeystoneServerTest {
    @Test
    void the_openstack_cli_creates_and_lists_providers_through_the_keystone_catalog()
            throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(
                        Path.of("../scripts/openstack-cli-check.sh")
                                .toAbsolutePath()
                                .toString(),
                        keystone.authUrl(),
                        baseUrl(),
                        RealKeystone.PASSWORD,
                        "cli-rp1")
                .redirectErrorStream(true)
                .start();
        assertThat(cli.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(cli.exitValue()).as(output).isZero();

        String uuid = output.lines().reduce((first, last) -> last).orElseThrow();
        Reply created = as(User.READER, Scope.SYSTEM).get("/resource_providers/" + uuid);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat((String) created.json("$.name")).isEqualTo("cli-rp1");
    }
}
