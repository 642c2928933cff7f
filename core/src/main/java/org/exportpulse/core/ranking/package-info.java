/**
 * IT against the other export categories: rank in a fiscal year, growth, and the fiscal year IT would
 * pass each one under stated assumptions.
 */
package org.exportpulse.core.ranking;
