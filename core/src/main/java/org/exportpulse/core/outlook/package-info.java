/**
 * Where a fiscal year ends at the current pace: actual months plus simulated paths of the remaining
 * ones, the total's interval, and what a target asks of the months left.
 */
package org.exportpulse.core.outlook;
