package org.exportpulse.brief.compose;

/** A piece of a sentence of the brief: words, or a traced number. */
public sealed interface Part permits Part.Words, Part.Number {

    /** Literal text, written as is. */
    record Words(String text) implements Part {}

    /** A number, written in the profession's style and footnoted with its sources. */
    record Number(BriefNumber number) implements Part {}
}
