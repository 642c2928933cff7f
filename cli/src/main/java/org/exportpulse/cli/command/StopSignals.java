package org.exportpulse.cli.command;

import sun.misc.Signal;

/**
 * Turns SIGTERM (Docker, systemd, {@code kill}) and SIGINT (Ctrl-C) into an orderly stop instead of
 * the JVM's exit with status 143 or 130: the action runs once on the signal's thread and the command
 * returns normally. ({@code sun.misc.Signal} is the JDK's supported way to do this, in module {@code
 * jdk.unsupported}.)
 */
final class StopSignals {

    private StopSignals() {}

    static void onTerminateOrInterrupt(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> stop.run());
        }
    }
}
