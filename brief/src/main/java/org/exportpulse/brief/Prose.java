package org.exportpulse.brief;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.Part;

/** Writes a brief's paragraphs, numbering its numbers in reading order for the footnotes. */
final class Prose {

    private final List<BriefNumber> numbers;
    private int next;

    Prose(Brief brief) {
        this.numbers = brief.numbers();
    }

    /**
     * @param words how literal text is written (escaped for HTML, as is for Markdown)
     * @param number how a number with its footnote number is written
     */
    String paragraph(
            List<Part> parts, Function<String, String> words, BiFunction<BriefNumber, Integer, String> number) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Part.Words w) {
                b.append(words.apply(w.text()));
            } else if (p instanceof Part.Number n) {
                next++;
                if (numbers.get(next - 1) != n.number()) {
                    throw new IllegalStateException("numbers written out of reading order");
                }
                b.append(number.apply(n.number(), next));
            }
        }
        return b.toString();
    }
}
