package org.guidepost.content;

import java.nio.file.Path;
import java.util.List;

/** One entry of sources.yaml: a guideline, web page, blog post, article or book that articles cite by key. */
public record Source(
        String key,
        String type,
        String title,
        List<String> authors,
        String issuer,
        ContentDate date,
        String identifier,
        String url,
        ContentDate accessed,
        String language,
        String note,
        Path file,
        int line) {
}
