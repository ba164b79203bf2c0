package io.inventoryledger.core.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsumerStreamIdTest {
    private static final UUID CONSUMER = UUID.fromString("6f1c1c6e-0f57-4a6b-9a3b-2d9a0c1e5b10");

    @Test
    void everyIncarnationNamesItsConsumer() {
        assertThat(ConsumerStreamId.consumerOf(ConsumerStreamId.of(CONSUMER, 1)))
                .isEqualTo(CONSUMER);
        assertThat(ConsumerStreamId.consumerOf(ConsumerStreamId.of(CONSUMER, 12)))
                .isEqualTo(CONSUMER);
    }

    @Test
    void aProviderStreamIsNoConsumerStream() {
        assertThatThrownBy(() -> ConsumerStreamId.consumerOf(CONSUMER.toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
