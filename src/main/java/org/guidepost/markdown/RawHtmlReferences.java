package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.Optional;
import java.util.function.BiConsumer;

/** Finds the link and image URLs in an author's raw HTML that survive sanitizing, with their offsets in that HTML. */
final class RawHtmlReferences {

    private RawHtmlReferences() {
    }

    /** Reports each surviving {@code a[href]} as (href, offset) and each {@code img[src]} as (image, offset). */
    static void scan(String rawHtml, BiConsumer<String, Integer> links, ImageConsumer images) {
        Element body = Jsoup.parse(rawHtml, "", Parser.htmlParser().setTrackPosition(true)).body();
        for (Element anchor : body.select("a[href]")) {
            sanitizedUrl("a", "href", anchor.attr("href"))
                    .ifPresent(href -> links.accept(href, anchor.sourceRange().startPos()));
        }
        for (Element image : body.select("img[src]")) {
            String alt = image.hasAttr("alt") ? image.attr("alt") : null;
            sanitizedUrl("img", "src", image.attr("src"))
                    .ifPresent(src -> images.accept(src, alt, image.sourceRange().startPos()));
        }
    }

    /** Receives one raw-HTML image: its sanitized source, its alt text (null when absent) and offset. */
    @FunctionalInterface
    interface ImageConsumer {
        void accept(String src, String alt, int offset);
    }

    private static Optional<String> sanitizedUrl(String element, String attribute, String url) {
        return HtmlSanitizer.allowsAttribute(element, attribute, url) ? Optional.of(url) : Optional.empty();
    }
}
