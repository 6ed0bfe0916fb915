package org.guidepost.checklist;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.guidepost.io.AtomicFiles;

/**
 * Checklist PDFs of earlier builds, in {@code .guidepost-cache/pdf/}: laying out a PDF is the slowest part of a small
 * site's build, and a PDF is a pure function of its print HTML, its font files and the code that renders it, so an
 * unchanged checklist reuses its bytes. One file per checklist and language, holding the key it was made for before
 * the PDF, replaced atomically: a build killed while writing leaves either the old entry or the new one.
 */
final class PdfCache {

    private static final String FOLDER = ".guidepost-cache/pdf";

    private final Path folder;

    private PdfCache(Path folder) {
        this.folder = folder;
    }

    static PdfCache in(Path siteDir) {
        return new PdfCache(siteDir.resolve(FOLDER));
    }

    /** The cached PDF of this entry when it was made from the same HTML and font, else a new one (then kept). */
    byte[] pdf(String entry, String html, PdfFont font, Supplier<byte[]> render) {
        byte[] key = key(html, font);
        Path file = folder.resolve(entry + ".pdf-cache");
        return read(file, key).orElseGet(() -> {
            byte[] pdf = render.get();
            write(file, key, pdf);
            return pdf;
        });
    }

    private static Optional<byte[]> read(Path file, byte[] key) {
        try {
            byte[] stored = Files.readAllBytes(file);
            boolean same = stored.length >= key.length && Arrays.equals(stored, 0, key.length, key, 0, key.length);
            return same ? Optional.of(Arrays.copyOfRange(stored, key.length, stored.length)) : Optional.empty();
        } catch (IOException missingOrUnreadable) {
            return Optional.empty();
        }
    }

    /** Best effort: a site folder that cannot be written to only loses the speed-up. */
    private static void write(Path file, byte[] key, byte[] pdf) {
        byte[] entry = Arrays.copyOf(key, key.length + pdf.length);
        System.arraycopy(pdf, 0, entry, key.length, pdf.length);
        try {
            AtomicFiles.write(file, entry);
        } catch (IOException ignored) {
            // the PDF is in the build all the same
        }
    }

    /** SHA-256 of the HTML, of each font file's path, size and time, and of the renderer's code (its jar or class file). */
    private static byte[] key(String html, PdfFont font) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(html.getBytes(StandardCharsets.UTF_8));
            digest.update(fingerprint(font.regular()));
            font.boldFace().ifPresent(bold -> digest.update(fingerprint(bold)));
            digest.update(fingerprint(rendererCode()));
            return HexFormat.of().formatHex(digest.digest()).concat("\n").getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] fingerprint(Path file) {
        try {
            return ("\n" + file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ("\n" + file + " unreadable").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The jar the renderer was loaded from, or its class file when run from a classes folder. */
    private static Path rendererCode() {
        URL location = ChecklistPdfRenderer.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path code = Path.of(location.toURI());
            return Files.isDirectory(code) ? code.resolve(ChecklistPdfRenderer.class.getName().replace('.', '/') + ".class") : code;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(location.getPath());
        }
    }
}
