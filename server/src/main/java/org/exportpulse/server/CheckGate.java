package org.exportpulse.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs claim checks within {@link CheckLimits}: on a pool of {@code concurrent} threads with a queue
 * of {@code queued}; a check that finds the queue full, or that is not done within the budget, ends
 * in {@link ServerBusyException} (its work stopped by interrupting it); a check whose client goes
 * away is stopped too, within {@value #POLL_MILLIS} ms.
 */
final class CheckGate implements AutoCloseable {

    /** How often a running check asks whether its client went away, in milliseconds. */
    static final long POLL_MILLIS = 500;

    private final CheckLimits limits;
    private final ThreadPoolExecutor workers;
    private final AtomicLong stopped = new AtomicLong();

    CheckGate(CheckLimits limits) {
        this.limits = limits;
        AtomicInteger number = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                limits.concurrent(),
                limits.concurrent(),
                0,
                TimeUnit.SECONDS,
                limits.queued() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(limits.queued()),
                work -> {
                    Thread t = new Thread(work, "pulse-check-" + number.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    CheckLimits limits() {
        return limits;
    }

    /**
     * The result of {@code work}, run within the limits.
     *
     * @param clientGone whether the client went away, asked every {@value #POLL_MILLIS} ms while the
     *     work runs
     *
     * @throws ServerBusyException when every checker is busy and the queue is full, or the budget ran
     *     out (the work is then interrupted)
     * @throws CancellationException when the client went away (the work is interrupted)
     */
    <T> T run(Callable<T> work, BooleanSupplier clientGone) throws Exception {
        long arrived = System.nanoTime();
        Future<T> result;
        try {
            result = workers.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ServerBusyException(
                    "all " + limits.concurrent() + " checkers are busy and " + limits.queued()
                            + " checks are waiting; try again later",
                    (int) Math.max(1, limits.budget().toSeconds() / 4));
        }
        try {
            return await(result, arrived, clientGone);
        } catch (TimeoutException e) {
            stop(result);
            throw new ServerBusyException(
                    "the check was not done within its budget of "
                            + limits.budget().toSeconds() + " s (the server"
                            + " is busy or the text is long); try again later or send a shorter text",
                    (int) Math.max(1, limits.budget().toSeconds() / 4));
        } catch (InterruptedException e) {
            stop(result);
            Thread.currentThread().interrupt();
            throw new CancellationException("the request was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private <T> T await(Future<T> result, long arrived, BooleanSupplier clientGone)
            throws InterruptedException, ExecutionException, TimeoutException {
        while (true) {
            long left = limits.budget().toNanos() - (System.nanoTime() - arrived);
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                return result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (clientGone.getAsBoolean()) {
                    stop(result);
                    throw new CancellationException("the client went away");
                }
            }
        }
    }

    private void stop(Future<?> running) {
        if (running.cancel(true)) {
            stopped.incrementAndGet();
        }
    }

    /** Checks running or waiting now. */
    int inFlight() {
        return workers.getActiveCount() + workers.getQueue().size();
    }

    /** Checks stopped before their end: over budget or abandoned by their client. */
    long stopped() {
        return stopped.get();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
