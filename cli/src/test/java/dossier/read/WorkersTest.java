package dossier.read;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkersTest {
    @Test
    void everyItemIsDoneOnceAndTheResultsKeepTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 5000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        try (Workers workers = new Workers()) {
            List<String> out = workers.map(items, i -> {
                calls.incrementAndGet();
                return "n" + i;
            });
            assertThat(out).hasSize(5000).startsWith("n0", "n1").endsWith("n4999");
            assertThat(calls).hasValue(5000);
            assertThat(workers.map(List.<Integer>of(), i -> i)).isEmpty();
        }
    }

    @Test
    void theFirstFailureInTheItemsOrderIsThrownAfterEveryItemRan() {
        AtomicInteger calls = new AtomicInteger();
        try (Workers workers = new Workers()) {
            assertThatThrownBy(() -> workers.map(IntStream.range(0, 100).boxed().toList(), i -> {
                calls.incrementAndGet();
                if (i == 40 || i == 70) throw new IllegalArgumentException("item " + i);
                return i;
            })).hasMessage("item 40");
            assertThat(calls).hasValue(100);
        }
    }
}
