package org.guidepost.render;

import org.guidepost.content.Article;
import org.guidepost.content.LinkResolver;
import org.guidepost.content.LinkTarget;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites the addresses editors wrote (relative to the .md file) into links relative to the built
 * page, gives article images their intrinsic width and height (so the page does not jump as they load)
 * and marks all but the first for lazy loading (the first is often the largest thing on screen).
 */
final class BodyLinkRewriter {

    private final LinkResolver resolver;

    BodyLinkRewriter(LinkResolver resolver) {
        this.resolver = resolver;
    }

    String rewrite(Article article, String bodyHtml) {
        if (!needsRewriting(bodyHtml)) {
            return bodyHtml;
        }
        Document document = Jsoup.parseBodyFragment(bodyHtml);
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        String page = article.path();
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (!href.startsWith("#")) {
                link.attr("href", address(page, resolver.resolve(article, href), href));
            }
        }
        boolean first = true;
        for (Element image : document.select("img[src]")) {
            LinkTarget target = resolver.resolve(article, image.attr("src"));
            image.attr("src", address(page, target, image.attr("src")));
            if (target instanceof LinkTarget.StaticFile file && !image.hasAttr("width") && !image.hasAttr("height")) {
                ImageSize.of(file.source()).ifPresent(size -> image.attr("width", Integer.toString(size.width()))
                        .attr("height", Integer.toString(size.height())));
            }
            if (!first) {
                image.attr("loading", "lazy");
            }
            image.attr("decoding", "async");
            first = false;
        }
        return document.body().html();
    }

    /**
     * False when the body has no link or image, or links only within the page (citations, footnotes, the table of
     * contents): parsing such a body again gives back the same text, as long as it holds none of the things jsoup
     * writes differently the second time (a quote escaped in text and a raw no-break space, as the citation markup
     * may have them; a {@code <pre>} whose text starts with a line break, which parsing drops).
     */
    private static boolean needsRewriting(String bodyHtml) {
        if (bodyHtml.contains("src=")) {
            return true;
        }
        if (!bodyHtml.contains("href=")) {
            return false;
        }
        if (bodyHtml.contains("&quot;") || bodyHtml.indexOf('\u00a0') >= 0 || bodyHtml.contains("<pre")) {
            return true;
        }
        for (int at = bodyHtml.indexOf("href="); at >= 0; at = bodyHtml.indexOf("href=", at + 1)) {
            if (!bodyHtml.startsWith("href=\"#", at)) {
                return true;
            }
        }
        return false;
    }

    private static String address(String page, LinkTarget target, String href) {
        if (target instanceof LinkTarget.ArticlePage other) {
            return RelativeUrls.between(page, other.article().path()) + fragment(other.fragment());
        }
        if (target instanceof LinkTarget.StaticFile file) {
            return RelativeUrls.between(page, file.outputPath()) + fragment(file.fragment());
        }
        return href;
    }

    private static String fragment(String fragment) {
        return fragment == null || fragment.isEmpty() ? "" : "#" + fragment;
    }
}
