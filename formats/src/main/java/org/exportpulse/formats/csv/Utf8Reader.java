package org.exportpulse.formats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.exportpulse.formats.IngestException;

/**
 * Strict UTF-8 decoding of an input as a stream, in bounded memory: the first invalid byte throws
 * an {@link InvalidUtf8} naming its line, as {@link Utf8#decode} does for a whole input.
 */
final class Utf8Reader extends Reader {

    /** An invalid byte, carrying the problem to report. */
    static final class InvalidUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient IngestException problem;

        InvalidUtf8(IngestException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }

        IngestException problem() {
            return problem;
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final String name;
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK + 1);
    private boolean eof;
    private long line = 1;
    private boolean lastWasCr;

    Utf8Reader(String name, InputStream in) {
        this.name = name;
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes the next chunk; {@code false} at the end of the input. */
    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        bytes.compact();
        int read = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        chars.clear();
        CoderResult result = utf8.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
            result = utf8.flush(chars);
        }
        chars.flip();
        countLines();
        if (result.isError()) {
            throw new InvalidUtf8(IngestException.of(
                    name,
                    line,
                    "",
                    "byte 0x" + String.format("%02X", bytes.get(bytes.position()) & 0xFF)
                            + " is not UTF-8 text (expected a UTF-8 file; re-save it as UTF-8)"));
        }
        return chars.hasRemaining() || !eof || bytes.hasRemaining();
    }

    /** Lines ended in the chars just decoded (LF, CRLF and a bare CR each end one). */
    private void countLines() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\n') {
                if (!lastWasCr) {
                    line++;
                }
                lastWasCr = false;
            } else {
                if (c == '\r') {
                    line++;
                }
                lastWasCr = c == '\r';
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
