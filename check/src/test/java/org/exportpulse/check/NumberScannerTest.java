package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberScannerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "exports of $437 million last month|USD|437|0.5",
                "US$ 2.236 billion so far|USD|2236|0.5",
                "a total of $2.24bn|USD|2240|5",
                "up to $437m in all|USD|437|0.5",
                "USD 1,799 million|USD|1799|0.5",
                "437 million dollars|USD|437|0.5",
                "$43.7 crore|USD|437|0.5",
                "Rs30 crore 50 lakh|PKR|305|0.05",
                "Rs. 2.5 trillion|PKR|2500000|50000",
                "up 23%|PERCENT|23|0.5",
                "increased by 19.8 percent|PERCENT|19.8|0.05",
                "declined 3pc|PERCENT|3|0.5",
                "fell -3.5 per cent|PERCENT|-3.5|0.05",
                "rose 3.1 percentage points|PERCENTAGE_POINTS|3.1|0.05",
                "grew 1.5 times|TIMES|1.5|0.05",
                "exports doubled|TIMES|2|0"
            })
    void reads_the_value_unit_and_precision(String text, NumberMention.Kind kind, String value, String half) {
        List<NumberMention> found = NumberScanner.scan(ArticleText.of(text).normalised());
        assertThat(found).hasSize(1);
        NumberMention n = found.get(0);
        assertThat(n.kind()).isEqualTo(kind);
        assertThat(n.value()).isEqualByComparingTo(value);
        assertThat(n.halfWidth()).isEqualByComparingTo(half);
    }

    @Test
    void years_counts_and_fiscal_labels_are_not_amounts() {
        assertThat(NumberScanner.scan("In 2025, 5MFY26 and 1HFY26 saw 12 months of growth"))
                .isEmpty();
    }

    @Test
    void the_span_covers_the_currency_and_the_scale() {
        String text = "reached US$ 2.236 billion.";
        NumberMention n = NumberScanner.scan(text).get(0);
        assertThat(text.substring(n.start(), n.end())).isEqualTo("US$ 2.236 billion");
    }
}
