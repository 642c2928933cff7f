package org.exportpulse.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesGroupsTest {

    private static final SeriesGroups GROUPS = SeriesGroups.of(List.of(
            new SeriesGroups.Rule("pakistan-ict", "pk.", "Pakistan", "Pakistan"),
            new SeriesGroups.Rule("denominators", "pk.bop.", "Totals", "Totals"),
            new SeriesGroups.Rule("denominators", "pk.pbs.goods.", "Totals", "Totals"),
            new SeriesGroups.Rule("categories", "pk.pbs.", "Categories", "Categories"),
            new SeriesGroups.Rule("world-bank", "wdi.", "World Bank", "World Bank")));

    @Test
    void the_longest_matching_prefix_decides() {
        assertThat(GROUPS.of("pk.ict.exports")).isEqualTo("pakistan-ict");
        assertThat(GROUPS.of("pk.bop.goods_services.exports")).isEqualTo("denominators");
        assertThat(GROUPS.of("pk.pbs.goods.exports.fy")).isEqualTo("denominators");
        assertThat(GROUPS.of("pk.pbs.rice.exports.fy")).isEqualTo("categories");
        assertThat(GROUPS.of("wdi.ict_exports.pak")).isEqualTo("world-bank");
    }

    @Test
    void an_id_no_rule_covers_is_other() {
        assertThat(GROUPS.of("in.ict.exports")).isEqualTo(SeriesGroups.OTHER);
        assertThat(GROUPS.titles()).containsKeys("pakistan-ict", "denominators", "categories", "world-bank", "other");
        assertThat(GROUPS.titles().keySet()).last().isEqualTo("other");
    }

    @Test
    void codes_parse_in_any_case_and_unknown_ones_are_named_with_the_known() {
        assertThat(GROUPS.parse(" World-Bank ")).isEqualTo("world-bank");
        assertThat(GROUPS.parse("other")).isEqualTo("other");
        assertThatThrownBy(() -> GROUPS.parse("textiles"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "group textiles is not one (expected pakistan-ict, denominators, categories, world-bank, other)");
    }

    @Test
    void bad_rules_are_refused() {
        assertThatThrownBy(() -> new SeriesGroups.Rule("World Bank", "wdi.", "x", "x"))
                .hasMessageContaining("lower-case words joined by hyphens");
        assertThatThrownBy(() -> new SeriesGroups.Rule("x", " ", "x", "x")).hasMessageContaining("blank id prefix");
        assertThatThrownBy(() -> SeriesGroups.of(List.of(
                        new SeriesGroups.Rule("a", "pk.", "A", "A"), new SeriesGroups.Rule("b", "pk.", "B", "B"))))
                .hasMessageContaining("same id prefix");
    }
}
