package org.guidepost.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A built file's fingerprint: its length and CRC-32C. It only has to change when the file changes (the service
 * worker's cache version is derived from all of them), not to resist forgery, so a checksum the CPU computes in
 * hardware does instead of a cryptographic hash (SHA-256 took a third of the rendering time of a large site).
 */
final class FileFingerprint {

    private FileFingerprint() {
    }

    static String of(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content, 0, content.length);
        return format(content.length, crc.getValue());
    }

    static String of(Path file) {
        return of(file, new byte[64 * 1024]);
    }

    /** The file's fingerprint, reading it through the buffer (one buffer serves many files read in turn). */
    static String of(Path file, byte[] buffer) {
        CRC32C crc = new CRC32C();
        long length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
                length += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return format(length, crc.getValue());
    }

    private static String format(long length, long crc) {
        return Long.toHexString(length) + "-" + Long.toHexString(crc);
    }
}
