package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void the_normalised_copy_keeps_every_index() {
        String text = "<p>IT exports fell \u22123.5% to $1\u2009443\u00a0million in July\u2013October&nbsp;2025.</p>";
        ArticleText a = ArticleText.of(text);
        assertThat(a.normalised()).hasSameSizeAs(text);
        assertThat(a.normalised()).contains("fell -3.5%", "$1,443 million").containsPattern("July-October\\s+2025\\.");
        assertThat(a.normalised()).doesNotContain("<p>", "</p>", "&nbsp;");
    }

    @Test
    void a_space_between_digits_is_a_thousands_separator_only_before_three_digits() {
        assertThat(ArticleText.of("2\u00a0236 and 5\u00a012").normalised()).isEqualTo("2,236 and 5 12");
    }

    @Test
    void sentences_do_not_end_at_decimals_or_abbreviations() {
        ArticleText a =
                ArticleText.of("Exports were Rs. 30 crore and $2.236 billion in Jan. 2026. Then they fell.\nNext line");
        List<int[]> s = a.sentences();
        assertThat(s).hasSize(3);
        assertThat(a.original().substring(s.get(0)[0], s.get(0)[1])).endsWith("Jan. 2026.");
    }

    @Test
    void script_and_style_contents_are_not_read() {
        ArticleText a = ArticleText.of("<style>p{width:437px}</style><script>var x = '$437 million';</script>Text");
        assertThat(a.normalised().strip()).isEqualTo("Text");
    }

    @Test
    void null_and_empty_text_are_empty() {
        assertThat(ArticleText.of(null).length()).isZero();
        assertThat(ArticleText.of("").sentences()).isEmpty();
    }
}
