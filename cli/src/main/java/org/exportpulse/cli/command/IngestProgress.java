package org.exportpulse.cli.command;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.exportpulse.formats.NamedInput;

/**
 * A progress line on stderr for ingests that take more than a second: the phase, how much of the
 * file has been read, and the time so far. Nothing is printed for quick ingests.
 */
final class IngestProgress implements AutoCloseable {

    /** Quiet period before the first line. */
    static final long QUIET_MILLIS = 1000;

    private static final long TICK_MILLIS = 250;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final AtomicLong bytesRead = new AtomicLong();
    private volatile String phase = "starting";
    private volatile long bytesTotal;
    private volatile boolean printed;
    private final Thread ticker;

    IngestProgress(PrintWriter err) {
        this.err = err;
        this.ticker = new Thread(this::tick, "ingest-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** {@code file} as an input whose reading is counted on this progress line. */
    NamedInput track(Path file) {
        return new NamedInput(file.toString(), () -> {
            phase = "reading " + file.getFileName();
            bytesRead.set(0);
            bytesTotal = Files.size(file);
            return new Counting(Files.newInputStream(file));
        });
    }

    void phase(String text) {
        phase = text;
        bytesTotal = 0;
    }

    private void tick() {
        try {
            Thread.sleep(QUIET_MILLIS);
            while (!Thread.currentThread().isInterrupted()) {
                print();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void print() {
        long total = bytesTotal;
        String amount = total > 0
                ? String.format(
                        " %3d%% (%.1f of %.1f MB)", bytesRead.get() * 100 / total, bytesRead.get() / 1e6, total / 1e6)
                : "";
        err.printf("\r%-60s %6.1f s", "ingest: " + phase + amount, elapsedSeconds());
        err.flush();
        printed = true;
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public synchronized void close() {
        ticker.interrupt();
        if (printed) {
            err.printf("\r%-60s %6.1f s%n", "ingest: finished", elapsedSeconds());
            err.flush();
        }
    }

    /** Counts the bytes read through it. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead.addAndGet(n);
            }
            return n;
        }
    }
}
