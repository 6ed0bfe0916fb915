package org.guidepost.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the inside of a citation bracket: {@code @key}, {@code @key, p. 12}, or several separated by {@code ;}. */
final class CitationSyntax {

    /** One key as written, with its offset (of the {@code @}) from the start of the bracket's inside. */
    record CitedKey(String key, String locator, int offset) {
    }

    private static final Pattern ONE_KEY = Pattern.compile(
            "\\s*(@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.:/-]*[\\p{L}\\p{N}_])?)\\s*(?:,\\s*(\\S.*?))?\\s*", Pattern.DOTALL);

    private CitationSyntax() {
    }

    /** The cited keys, or empty when the text is not a citation (then it stays ordinary Markdown). */
    static Optional<List<CitedKey>> parse(CharSequence inside) {
        String text = inside.toString();
        List<CitedKey> keys = new ArrayList<>();
        int partStart = 0;
        while (partStart <= text.length()) {
            int separator = text.indexOf(';', partStart);
            int partEnd = separator < 0 ? text.length() : separator;
            Matcher part = ONE_KEY.matcher(text).region(partStart, partEnd);
            if (!part.matches()) {
                return Optional.empty();
            }
            keys.add(new CitedKey(part.group(1).substring(1), part.group(2), part.start(1)));
            partStart = partEnd + 1;
        }
        return Optional.of(keys);
    }
}
