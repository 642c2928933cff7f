package org.exportpulse.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Bytes to read and the name to give them in messages (a file name, a resource, an upload). */
public record NamedInput(String name, Opener opener) {

    /** Opens a fresh stream each time it is called. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public NamedInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    public static NamedInput of(Path path) {
        return new NamedInput(path.toString(), () -> Files.newInputStream(path));
    }

    /** A resource of {@code anchor}'s class loader, named by its path. */
    public static NamedInput ofResource(Class<?> anchor, String resource) {
        return new NamedInput(resource, () -> {
            InputStream in = anchor.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new java.io.FileNotFoundException(resource);
            }
            return in;
        });
    }

    public static NamedInput ofBytes(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new NamedInput(name, () -> new java.io.ByteArrayInputStream(copy));
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
