/**
 * Real-time views of stored vintages, after ALFRED: which value was known on a day, the spells in
 * which each vintage was the known one, release dates and first releases. Pure functions of the
 * vintages a store holds.
 */
package org.exportpulse.core.vintage;
