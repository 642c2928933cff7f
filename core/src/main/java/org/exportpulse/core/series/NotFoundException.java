package org.exportpulse.core.series;

/** A series, or a period of a series, that the data does not have. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was not found; presenters may add their own hint (the CLI names `pulse series`). */
    public enum What {
        SERIES,
        PERIOD,
        RESOURCE
    }

    private final What what;

    private NotFoundException(What what, String message) {
        super(message);
        this.what = what;
    }

    /** No series has this id. */
    public static NotFoundException series(String id) {
        return new NotFoundException(What.SERIES, "unknown series '" + id + "'");
    }

    /** A resource (a file, an asset) that does not exist. */
    public static NotFoundException resource(String name) {
        return new NotFoundException(What.RESOURCE, "no such resource: " + name);
    }

    /** The series exists but has nothing for the period; {@code detail} says what it has. */
    public static NotFoundException period(String id, String period, String detail) {
        return new NotFoundException(What.PERIOD, "series " + id + " has no value for " + period + " (" + detail + ")");
    }

    public What what() {
        return what;
    }
}
