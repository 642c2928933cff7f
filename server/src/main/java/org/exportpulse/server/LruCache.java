package org.exportpulse.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Values under string keys, bounded by their number and their total weight (bytes, say); when a put
 * goes over either bound, the least recently used values leave first. Safe for concurrent use.
 *
 * @param <V> the values
 */
final class LruCache<V> {

    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;

    /** In access order, the least recently used first; guarded by itself, as is {@link #weight}. */
    private final Map<String, V> entries = new LinkedHashMap<>(256, 0.75f, true);

    private long weight;

    /**
     * @param maxEntries values kept at most
     * @param maxWeight total weight kept at most; a single value heavier than this is not kept
     * @param weigher the weight of a value (non-negative)
     */
    LruCache(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The value under {@code key}, now the most recently used, or {@code null}. */
    V get(String key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps {@code value} under {@code key} (replacing any), then evicts down to the bounds. */
    void put(String key, V value) {
        long w = weigher.applyAsLong(value);
        if (w > maxWeight) {
            return;
        }
        synchronized (entries) {
            V replaced = entries.put(key, value);
            weight += w - (replaced == null ? 0 : weigher.applyAsLong(replaced));
            Iterator<V> eldestFirst = entries.values().iterator();
            while (entries.size() > maxEntries || weight > maxWeight) {
                weight -= weigher.applyAsLong(eldestFirst.next());
                eldestFirst.remove();
            }
        }
    }

    /** The total weight kept now. */
    long weight() {
        synchronized (entries) {
            return weight;
        }
    }

    /** The number of values kept now. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
