/**
 * Numerical building blocks with no domain knowledge: a derivative-free minimiser and polynomial
 * roots. Pure functions of their arguments.
 */
package org.exportpulse.forecast.numeric;
