package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Allowlist sanitizer for article HTML: keeps what Guidepost's renderer emits (and the same from raw HTML), drops
 * everything executable or styling, then re-serializes with jsoup so the output is tidy, deterministic HTML5.
 */
final class HtmlSanitizer {

    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,5}");

    private static final ElementPolicy CHECKBOX_ONLY = (elementName, attributes) -> {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("type") && attributes.get(i + 1).equalsIgnoreCase("checkbox")) {
                return elementName;
            }
        }
        return null;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                    "dl", "dt", "dd", "pre", "code", "kbd", "samp", "var", "em", "strong", "b", "i", "u", "s", "del",
                    "ins", "mark", "small", "sub", "sup", "abbr", "cite", "q", "dfn", "bdi", "span", "div", "nav",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "details", "summary", "figure",
                    "figcaption", "a", "img")
            .allowElements(CHECKBOX_ONLY, "input")
            .allowWithoutAttributes("span")
            .allowAttributes("id", "class", "lang", "title").globally()
            .allowAttributes("dir").matching(true, "ltr", "rtl", "auto").globally()
            .allowAttributes("role").matching(false, "note").onElements("div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").matching(HtmlSanitizer::isImageUrl).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(SMALL_NUMBER).onElements("img")
            .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("disabled").matching(true, "", "disabled").onElements("input")
            .allowAttributes("checked").matching(true, "", "checked").onElements("input")
            .allowAttributes("aria-labelledby").onElements("input")
            .allowAttributes("aria-hidden").matching(true, "true").onElements("input")
            .allowAttributes("colspan", "rowspan").matching(SMALL_NUMBER).onElements("td", "th")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("start").matching(SMALL_NUMBER).onElements("ol")
            .allowAttributes("open").matching(true, "", "open").onElements("details")
            .allowAttributes(ChecklistDataAttributes.KEYS.stream().map(ChecklistDataAttributes::htmlName)
                    .toArray(String[]::new)).onElements("li")
            .toFactory();

    private HtmlSanitizer() {
    }

    static String sanitize(String html) {
        return sanitizedBody(html).html();
    }

    /** The sanitized HTML as the body of a jsoup document, whose {@code html()} is what {@link #sanitize} returns. */
    static Element sanitizedBody(String html) {
        Document tidy = Jsoup.parseBodyFragment(POLICY.sanitize(html));
        tidy.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        return tidy.body();
    }

    /**
     * Whether parsing the sanitized body's HTML again gives the same tree. Not always when it has a {@code <pre>}: parsing
     * drops a line break that starts one.
     */
    static boolean reparsesUnchanged(Element sanitizedBody) {
        return sanitizedBody.selectFirst("pre") == null;
    }

    // Images may only come from the site itself or the web (http/https); the URL policy already rejects other schemes.
    private static boolean isImageUrl(String url) {
        return !url.strip().toLowerCase(Locale.ROOT).startsWith("mailto:");
    }
}
