package org.guidepost.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One file the renderer writes: its path, its language versions for the sitemap (empty when it is not
 * listed there), what it depends on, and how to render it (run only when it is written).
 */
record PlannedPage(String path, Map<String, String> versions, PageScope scope, Supplier<byte[]> content) {

    boolean listed() {
        return !versions.isEmpty();
    }
}
