package org.exportpulse.update;

/**
 * A publisher's service that {@code pulse update} fetches from. An implementation reads what the
 * service publishes for the series it knows and returns it as one batch; it stores nothing.
 */
public interface Source {

    /** The name users give on the command line, e.g. {@code sbp}. */
    String name();

    /** The publisher and service, e.g. "SBP EasyData API". */
    String title();

    /**
     * Everything the service publishes for this source's series (from {@code request.since()} on
     * when given), new series definitions among them.
     *
     * @throws SourceFailure when the service cannot be used or answers in an unexpected shape
     */
    SourceResult fetch(SourceRequest request);
}
