package org.exportpulse.update.sbp;

/**
 * Where to look up the EasyData key of a series whose definition names none: the dataset that
 * holds it and the words its EasyData series name contains.
 *
 * @param seriesId our series
 * @param dataset the EasyData dataset code, or empty when not yet known
 * @param nameWords words the publisher's series name contains (case and punctuation ignored)
 */
public record KeyHint(String seriesId, String dataset, String nameWords) {}
