package org.exportpulse.store;

/** The store cannot be reached, migrated or used; not a problem of the data given to it. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
