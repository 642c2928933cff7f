package org.exportpulse.cli;

/** Output formats a command may offer. */
public enum OutputFormat {
    TABLE,
    JSON,
    CSV,
    TEXT,
    HTML
}
