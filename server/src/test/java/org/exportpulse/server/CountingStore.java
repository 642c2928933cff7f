package org.exportpulse.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.exportpulse.store.SeriesStore;

/** A store as a server sees it, counting the calls of each of its methods into a map. */
final class CountingStore {

    private CountingStore() {}

    /** {@code store}, each call counted in {@code calls} under its method's name. */
    static SeriesStore counting(SeriesStore store, Map<String, Integer> calls) {
        return (SeriesStore) Proxy.newProxyInstance(
                SeriesStore.class.getClassLoader(), new Class<?>[] {SeriesStore.class}, (proxy, method, args) -> {
                    calls.merge(method.getName(), 1, Integer::sum);
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
