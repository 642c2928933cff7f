/** ICT service exports by economy (World Bank): values, growth, ranks, one economy highlighted. */
package org.exportpulse.core.peers;
