package org.guidepost.markdown;

import java.util.List;
import java.util.OptionalInt;

/** Test numbering: a key's number is its 1-based position in the given list; other keys are unknown. */
final class Numbering {

    private Numbering() {
    }

    static CitationNumbers of(String... keys) {
        List<String> known = List.of(keys);
        return key -> known.contains(key) ? OptionalInt.of(known.indexOf(key) + 1) : OptionalInt.empty();
    }
}
