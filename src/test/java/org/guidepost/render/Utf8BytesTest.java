package org.guidepost.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same bytes as an OutputStreamWriter's UTF-8 encoder for the same writes, surrogates split between writes included. */
class Utf8BytesTest {

    private static final char[] ALPHABET = {'a', 'Z', ' ', '<', '\n', 'é', 'ß', 'ế', 'ự', '—', '€', '中', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\u007F', '\u0080',
        '\u07FF', '\u0800', '\uFFFF'};

    @Test
    void encodesWritesAsTheStandardEncoderDoes() throws IOException {
        Random random = new Random(11);
        for (int sample = 0; sample < 5_000; sample++) {
            Utf8Bytes fast = new Utf8Bytes(1 + random.nextInt(64));
            ByteArrayOutputStream reference = new ByteArrayOutputStream();
            try (Writer standard = new OutputStreamWriter(reference, StandardCharsets.UTF_8)) {
                int writes = random.nextInt(12);
                for (int w = 0; w < writes; w++) {
                    String text = randomText(random, random.nextInt(random.nextBoolean() ? 8 : 3000));
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            fast.write(text);
                            standard.write(text);
                        }
                        case 1 -> {
                            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                            fast.write(text, from, text.length() - from);
                            standard.write(text, from, text.length() - from);
                        }
                        case 2 -> {
                            char[] chars = ("xy" + text).toCharArray();
                            fast.write(chars, 2, text.length());
                            standard.write(chars, 2, text.length());
                        }
                        default -> {
                            if (!text.isEmpty()) {
                                fast.write(text.charAt(0));
                                standard.write(text.charAt(0));
                            }
                        }
                    }
                }
            }
            assertArrayEquals(reference.toByteArray(), fast.toByteArray(), "sample " + sample);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }
}
