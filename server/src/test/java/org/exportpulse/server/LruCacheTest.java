package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The response cache's store: bounded by count and by weight, least recently used out first. */
class LruCacheTest {

    private final LruCache<String> cache = new LruCache<>(3, 10, String::length);

    @Test
    void over_the_count_the_least_recently_used_leaves() {
        cache.put("a", "1");
        cache.put("b", "2");
        cache.put("c", "3");
        assertThat(cache.get("a")).as("a is now the most recently used").isEqualTo("1");
        cache.put("d", "4");
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isEqualTo("1");
        assertThat(cache.get("c")).isEqualTo("3");
        assertThat(cache.get("d")).isEqualTo("4");
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.weight()).isEqualTo(3);
    }

    @Test
    void over_the_weight_as_many_leave_as_needed() {
        cache.put("a", "xxx");
        cache.put("b", "xxx");
        cache.put("c", "xx");
        cache.put("d", "xxxx");
        assertThat(cache.get("a")).as("3 + 3 + 2 + 4 > 10: the eldest leaves").isNull();
        assertThat(cache.weight()).isEqualTo(9);
        cache.put("e", "xxxxxxxxx");
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("c")).isNull();
        assertThat(cache.get("d")).as("9 + 4 > 10 as well").isNull();
        assertThat(cache.get("e")).isEqualTo("xxxxxxxxx");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.weight()).isEqualTo(9);
    }

    @Test
    void a_replaced_value_gives_back_its_weight_and_an_oversized_one_is_not_kept() {
        cache.put("a", "xxxxx");
        cache.put("a", "xx");
        assertThat(cache.weight()).isEqualTo(2);
        cache.put("big", "xxxxxxxxxxx");
        assertThat(cache.get("big")).isNull();
        assertThat(cache.get("a")).isEqualTo("xx");
        assertThat(cache.weight()).isEqualTo(2);
    }
}
