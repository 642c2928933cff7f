/**
 * Release calendar and freshness: when each publisher's monthly figure is expected
 * ({@link org.exportpulse.core.release.ReleasePattern}) and how current the store is against it
 * ({@link org.exportpulse.core.release.FreshnessKernel} → {@link org.exportpulse.core.release.Freshness}).
 */
package org.exportpulse.core.release;
