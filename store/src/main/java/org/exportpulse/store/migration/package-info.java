/**
 * Schema migrations written in Java, for changes plain SQL cannot make the same way on H2 and
 * PostgreSQL; Flyway runs them in version order with the SQL ones beside them in resources.
 */
package org.exportpulse.store.migration;
