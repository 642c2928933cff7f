package org.exportpulse.core.series;

/** A series, or a period of a series, that the data does not have. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private NotFoundException(String message) {
        super(message);
    }

    /** No series has this id. */
    public static NotFoundException series(String id) {
        return new NotFoundException("unknown series '" + id + "' (see 'pulse series' for the known ids)");
    }

    /** A resource (a file, an asset) that does not exist. */
    public static NotFoundException resource(String name) {
        return new NotFoundException("no such resource: " + name);
    }

    /** The series exists but has nothing for the period; {@code detail} says what it has. */
    public static NotFoundException period(String id, String period, String detail) {
        return new NotFoundException("series " + id + " has no value for " + period + " (" + detail + ")");
    }
}
