package org.guidepost.markdown;

import java.util.OptionalInt;

/** Gives the reference-list number of a source key, or empty when the key is unknown. */
@FunctionalInterface
public interface CitationNumbers {

    OptionalInt numberOf(String key);
}
