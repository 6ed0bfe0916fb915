package org.guidepost.content;

/** What a link or image address in an article points at, as resolved by {@link LinkResolver}. */
public sealed interface LinkTarget {

    /** An absolute URL (http:, mailto:…) left as written. */
    record External(String href) implements LinkTarget {
    }

    /** An anchor in the same article ("#section"). */
    record SamePage(String fragment) implements LinkTarget {
    }

    /** Another article's page (linked by its .md file), with an optional fragment. */
    record ArticlePage(Article article, String fragment) implements LinkTarget {
    }

    /** A file in the content folder ({@code source}: an image, a PDF), copied to {@code outputPath} (site-root-relative). */
    record StaticFile(String outputPath, java.nio.file.Path source, String fragment) implements LinkTarget {
    }

    /** Nothing at that address; {@code reason} tells the editor what was looked for. */
    record Missing(String reason) implements LinkTarget {
    }
}
