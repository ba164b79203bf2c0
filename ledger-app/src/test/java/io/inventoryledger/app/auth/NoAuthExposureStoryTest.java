package io.inventoryledger.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.LedgerServerTest;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** noauth2 is never exposed by accident: loopback only, unless the operator says both strategy and address. */
@ExtendWith(OutputCaptureExtension.class)
class NoAuthExposureStoryTest extends LedgerServerTest {

    /** An address of this machine other than loopback (a test machine always has one). */
    private static InetAddress outsideAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no non-loopback IPv4 address on this machine"));
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    @Test
    void by_default_the_service_answers_on_loopback_only() throws IOException {
        connect(InetAddress.getLoopbackAddress(), port);
        InetAddress outside = outsideAddress();
        assertThatThrownBy(() -> connect(outside, port)).isInstanceOf(IOException.class);
    }

    @Test
    void with_strategy_and_bind_address_set_it_listens_there_and_warns(CapturedOutput output) throws IOException {
        InetAddress outside = outsideAddress();
        try (LedgerNode node = LedgerNode.start(
                new String[] {"test"}, "--ledger.auth.strategy=noauth2", "--ledger.bind-address=0.0.0.0")) {
            connect(outside, node.port());
            assertThat(output.getOut()).contains("Authentication is noauth2");
        }
    }
}
