package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckGateTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private CheckGate gate;

    @AfterEach
    void close() {
        if (gate != null) {
            gate.close();
        }
    }

    /** Work that waits until released or interrupted, counting down {@code interrupted} if interrupted. */
    private static String blocking(CountDownLatch started, CountDownLatch release, CountDownLatch interrupted) {
        started.countDown();
        try {
            release.await();
            return "done";
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw new CancellationException("interrupted");
        }
    }

    @Test
    void a_check_that_finds_every_checker_busy_and_the_queue_full_is_refused_at_once_with_a_retry_time()
            throws Exception {
        gate = new CheckGate(new CheckLimits(1, 1, LONG, 1000));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() ->
                call(() -> gate.run(() -> blocking(started, release, interrupted), () -> false)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiting =
                CompletableFuture.supplyAsync(() -> call(() -> gate.run(() -> "second", () -> false)));
        while (gate.inFlight() < 2) {
            Thread.onSpinWait();
        }

        long before = System.nanoTime();
        assertThatThrownBy(() -> gate.run(() -> "third", () -> false))
                .isInstanceOfSatisfying(ServerBusyException.class, e -> {
                    assertThat(e.getMessage()).contains("all 1 checkers are busy and 1 checks are waiting");
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void a_check_over_its_budget_is_interrupted_and_answered_as_busy() throws Exception {
        gate = new CheckGate(new CheckLimits(1, 0, Duration.ofMillis(300), 1000));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> gate.run(() -> blocking(started, new CountDownLatch(1), interrupted), () -> false))
                .isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("not done within its budget");
        assertThat(interrupted.await(10, TimeUnit.SECONDS))
                .as("the work was interrupted")
                .isTrue();
        assertThat(gate.stopped()).isEqualTo(1);
        while (gate.inFlight() > 0) {
            Thread.onSpinWait();
        }
        assertThat(gate.run(() -> "next", () -> false))
                .as("the checker is free again")
                .isEqualTo("next");
    }

    @Test
    void a_check_whose_client_goes_away_is_interrupted() throws Exception {
        gate = new CheckGate(new CheckLimits(1, 0, LONG, 1000));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean gone = new AtomicBoolean();
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() ->
                call(() -> gate.run(() -> blocking(started, new CountDownLatch(1), interrupted), gone::get)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        gone.set(true);

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(gate.stopped()).isEqualTo(1);
    }

    @Test
    void failures_of_the_work_reach_the_caller_unchanged() {
        gate = new CheckGate(new CheckLimits(1, 0, LONG, 1000));
        assertThatThrownBy(() -> gate.run(
                        () -> {
                            throw new IllegalArgumentException("date: not a date");
                        },
                        () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date: not a date");
    }

    @Test
    void limits_out_of_range_are_refused() {
        assertThatThrownBy(() -> new CheckLimits(0, 1, LONG, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckLimits(1, -1, LONG, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckLimits(1, 1, Duration.ZERO, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CheckLimits.defaults().concurrent()).isPositive();
    }

    private interface Work<T> {
        T call() throws Exception;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
