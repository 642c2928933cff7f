/**
 * The store's series and vintages kept in memory for one state of the store, so that many answers
 * over that state — current values, values as of any date — are computed without a query. A
 * state is named by the store's last change; a new change makes a new state, read again on demand.
 */
package org.exportpulse.store.memory;
