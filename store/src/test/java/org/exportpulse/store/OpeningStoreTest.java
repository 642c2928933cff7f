package org.exportpulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A store opened on a thread of its own: the whole contract of the embedded store through it, and
 * calls waiting for it or failing with it.
 */
class OpeningStoreTest extends H2SeriesStoreTest {

    @Override
    protected SeriesStore openEmpty() {
        return OpeningStore.start(super::openEmpty);
    }

    @Override
    protected Callable<SeriesStore> sharedEmptyLocation() {
        return () -> OpeningStore.start(() -> openAt(shared));
    }

    @Test
    void a_call_made_while_the_store_opens_waits_for_it() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        store.close();
        CountDownLatch release = new CountDownLatch(1);
        OpeningStore opening = OpeningStore.start(() -> {
            awaitQuietly(release);
            return openAt(home);
        });
        CompletableFuture<Integer> count =
                CompletableFuture.supplyAsync(() -> opening.allSeries().size());
        Thread.sleep(100);
        assertThat(count).as("still waiting for the store").isNotDone();
        release.countDown();
        assertThat(count.get(30, TimeUnit.SECONDS)).isEqualTo(42);
        store = opening;
    }

    @Test
    void when_opening_fails_every_call_throws_what_opening_threw_and_close_does_nothing() {
        StoreException failure = new StoreException("cannot open the store: connection refused", null);
        OpeningStore failed = OpeningStore.start(() -> {
            throw failure;
        });
        assertThatThrownBy(failed::await).isSameAs(failure);
        assertThatThrownBy(failed::lastChanged).isSameAs(failure);
        assertThatThrownBy(() -> failed.series("pk.ict.exports")).isSameAs(failure);
        failed.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
