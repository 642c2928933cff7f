package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A share's total is found from the words around it; the lexicon's economies may own it. */
class ShareCuesTest {

    private static Claim.ShareBase base(ShareCues cues, String sentence) {
        int start = sentence.indexOf('%') - 3;
        ShareCues.ShareMatch m = cues.share(sentence, start, sentence.indexOf('%') + 1);
        return m == null ? null : m.base();
    }

    @Test
    void a_total_named_after_the_percentage_gives_the_base() {
        ShareCues plain = new ShareCues(List.of());
        assertThat(base(plain, "IT exports were 9.4% of total exports in FY25."))
                .isEqualTo(Claim.ShareBase.TOTAL);
        assertThat(base(plain, "IT exports were 46.1% of the country's services exports."))
                .isEqualTo(Claim.ShareBase.SERVICES);
        assertThat(base(plain, "IT exports rose 9.4% in FY25.")).isNull();
    }

    @Test
    void an_economy_of_the_lexicon_may_own_the_total() {
        String sentence = "IT exports were 9.4% of Pakistan's total exports in FY25.";
        assertThat(base(new ShareCues(List.of()), sentence))
                .as("unknown economy")
                .isNull();
        assertThat(base(new ShareCues(List.of("Pakistan")), sentence)).isEqualTo(Claim.ShareBase.TOTAL);
        assertThat(base(new ShareCues(List.of("Pakistan")), "IT was 9.4% of pakistans goods exports."))
                .isEqualTo(Claim.ShareBase.GOODS);
    }

    @Test
    void a_share_named_before_the_percentage_counts_too() {
        String sentence = "Its share of total exports rose to 9.4% in FY25.";
        ShareCues.ShareMatch m = new ShareCues(List.of()).share(sentence, 35, 39);
        assertThat(m).isNotNull();
        assertThat(m.base()).isEqualTo(Claim.ShareBase.TOTAL);
    }
}
