package org.guidepost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads intrinsic sizes from PNG, JPEG and GIF (ImageIO) and from the three kinds of WebP header. */
class ImageSizeTest {

    @TempDir
    Path temp;

    @Test
    void readsPngJpegAndGifThroughImageIo() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif"}) {
            Path file = temp.resolve("image." + format);
            ImageIO.write(new BufferedImage(37, 21, BufferedImage.TYPE_INT_RGB), format, file.toFile());
            assertEquals(Optional.of(new ImageSize(37, 21)), ImageSize.of(file), format);
        }
    }

    @Test
    void readsLossyLosslessAndExtendedWebpHeaders() throws IOException {
        byte[] lossy = webp("VP8 ");
        put(lossy, 23, 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02);
        assertEquals(Optional.of(new ImageSize(800, 600)), ImageSize.webp(lossy));

        byte[] lossless = webp("VP8L");
        int bits = (640 - 1) | (480 - 1) << 14;
        put(lossless, 20, 0x2f, bits & 0xff, bits >>> 8 & 0xff, bits >>> 16 & 0xff, bits >>> 24 & 0xff);
        assertEquals(Optional.of(new ImageSize(640, 480)), ImageSize.webp(lossless));

        byte[] extended = webp("VP8X");
        put(extended, 24, (1920 - 1) & 0xff, (1920 - 1) >>> 8, 0, (1080 - 1) & 0xff, (1080 - 1) >>> 8, 0);
        Path file = Files.write(temp.resolve("photo.webp"), extended);
        assertEquals(Optional.of(new ImageSize(1920, 1080)), ImageSize.of(file));
    }

    @Test
    void knowsNothingOfOtherFiles() throws IOException {
        assertEquals(Optional.empty(), ImageSize.of(Files.writeString(temp.resolve("notes.txt"), "not an image")));
        assertEquals(Optional.empty(), ImageSize.of(Files.write(temp.resolve("broken.webp"), webp("VP8?"))));
    }

    private static byte[] webp(String chunk) {
        byte[] header = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, header, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, header, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, header, 12, 4);
        return header;
    }

    private static void put(byte[] bytes, int offset, int... values) {
        for (int i = 0; i < values.length; i++) {
            bytes[offset + i] = (byte) values[i];
        }
    }
}
