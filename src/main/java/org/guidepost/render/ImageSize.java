package org.guidepost.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An image's intrinsic size in pixels, read from its header (PNG, JPEG and GIF by ImageIO; WebP parsed here). */
public record ImageSize(int width, int height) {

    private static final int WEBP_HEADER = 30;

    /** The size of the image file, or empty when it is not an image these readers know (or is damaged). */
    public static Optional<ImageSize> of(Path file) {
        try {
            Optional<ImageSize> webp = webp(file);
            return webp.isPresent() ? webp : byImageIo(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> byImageIo(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Reads the canvas size from a WebP file's first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X). */
    static Optional<ImageSize> webp(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(WEBP_HEADER);
        }
        return webp(header);
    }

    static Optional<ImageSize> webp(byte[] header) {
        if (header.length < WEBP_HEADER || !ascii(header, 0, "RIFF") || !ascii(header, 8, "WEBP")) {
            return Optional.empty();
        }
        String chunk = new String(Arrays.copyOfRange(header, 12, 16), StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> (header[23] & 0xff) == 0x9d && (header[24] & 0xff) == 0x01 && (header[25] & 0xff) == 0x2a
                    ? Optional.of(new ImageSize(little16(header, 26) & 0x3fff, little16(header, 28) & 0x3fff))
                    : Optional.empty();
            case "VP8L" -> {
                if ((header[20] & 0xff) != 0x2f) {
                    yield Optional.empty();
                }
                int bits = little16(header, 21) | little16(header, 23) << 16;
                yield Optional.of(new ImageSize((bits & 0x3fff) + 1, (bits >>> 14 & 0x3fff) + 1));
            }
            case "VP8X" -> Optional.of(new ImageSize(little24(header, 24) + 1, little24(header, 27) + 1));
            default -> Optional.empty();
        };
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        return new String(bytes, offset, expected.length(), StandardCharsets.US_ASCII).equals(expected);
    }

    private static int little16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
    }

    private static int little24(byte[] bytes, int offset) {
        return little16(bytes, offset) | (bytes[offset + 2] & 0xff) << 16;
    }
}
