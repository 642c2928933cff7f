package org.exportpulse.update.dbnomics;

/**
 * An economy as the IMF codes it and as our series ids name it.
 *
 * @param iso3 ISO 3166-1 alpha-3, as the World Bank codes it and our ids use it (lower case there)
 * @param iso2 ISO 3166-1 alpha-2, the IMF's {@code REF_AREA}
 */
public record Economy(String iso3, String iso2, String name) {}
