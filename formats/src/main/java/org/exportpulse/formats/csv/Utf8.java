package org.exportpulse.formats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;

/** Strict UTF-8 decoding of whole inputs: the first invalid byte is reported with its line. */
public final class Utf8 {

    private Utf8() {}

    /** The whole input as text; an invalid UTF-8 byte is reported with its line. */
    public static String decode(NamedInput input) throws IOException {
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readAllBytes();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw IngestException.of(
                    input.name(),
                    lineAt(bytes, in.position()),
                    "",
                    "byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                            + " is not UTF-8 text (expected a UTF-8 file; re-save it as UTF-8)");
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    /** 1-based line of byte {@code offset}, counting LF, CRLF and bare CR as line ends. */
    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
