package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Allowlist sanitizer for article HTML, on the tree jsoup parses it into (as a browser would): keeps the elements and
 * attributes Guidepost's renderer emits (and the same from raw HTML), drops everything executable or styling, and
 * leaves a body whose jsoup serialization is tidy, deterministic HTML5. What is not allowed is unwrapped (its text
 * stays) unless it is a container of code or an embedded document (script, style, iframe…), which goes with its content.
 */
final class HtmlSanitizer {

    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,5}");
    private static final Set<String> URL_PROTOCOLS = Set.of("http", "https", "mailto");

    private static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "li", "dl", "dt", "dd", "pre", "code", "kbd", "samp", "var", "em", "strong", "b", "i", "u", "s",
            "del", "ins", "mark", "small", "sub", "sup", "abbr", "cite", "q", "dfn", "bdi", "span", "div", "nav", "table",
            "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "details", "summary", "figure", "figcaption", "a", "img",
            "input");

    /** Not allowed, and removed with everything inside: their content is code, embedded documents or a form control's. */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "iframe", "frame",
            "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes", "xmp", "plaintext",
            "select", "textarea", "title", "head", "audio", "video", "canvas");

    /** Elements that hold no text, only other elements: white space between those is dropped, as the browser would. */
    private static final Set<String> WITHOUT_TEXT = Set.of("ul", "ol", "table", "thead", "tbody", "tfoot", "tr");

    /** Elements that mean nothing without attributes: an {@code a} is unwrapped, an {@code img} or {@code input} removed. */
    private static final Set<String> NOTHING_WITHOUT_ATTRIBUTES = Set.of("a", "img", "input");

    private static final Map<String, Predicate<String>> GLOBAL_ATTRIBUTES = Map.of(
            "id", any(), "class", any(), "lang", any(), "title", any(),
            "dir", oneOf(true, "ltr", "rtl", "auto"));

    private static final Map<String, Map<String, Predicate<String>>> ELEMENT_ATTRIBUTES = elementAttributes();

    private HtmlSanitizer() {
    }

    private static Map<String, Map<String, Predicate<String>>> elementAttributes() {
        Map<String, Map<String, Predicate<String>>> rules = new HashMap<>();
        Predicate<String> smallNumber = value -> SMALL_NUMBER.matcher(value).matches();
        rules.put("div", Map.of("role", oneOf(false, "note")));
        rules.put("a", Map.of("href", HtmlSanitizer::isSafeUrl));
        rules.put("img", Map.of("src", HtmlSanitizer::isImageUrl, "alt", any(), "width", smallNumber, "height", smallNumber,
                "loading", oneOf(true, "lazy", "eager")));
        rules.put("input", Map.of("type", oneOf(true, "checkbox"), "disabled", oneOf(true, "", "disabled"),
                "checked", oneOf(true, "", "checked"), "aria-labelledby", any(), "aria-hidden", oneOf(true, "true")));
        rules.put("td", Map.of("colspan", smallNumber, "rowspan", smallNumber));
        rules.put("th", Map.of("colspan", smallNumber, "rowspan", smallNumber, "scope", oneOf(true, "row", "col", "rowgroup", "colgroup")));
        rules.put("ol", Map.of("start", smallNumber));
        rules.put("details", Map.of("open", oneOf(true, "", "open")));
        Map<String, Predicate<String>> item = new HashMap<>();
        ChecklistDataAttributes.KEYS.forEach(key -> item.put(ChecklistDataAttributes.htmlName(key), any()));
        rules.put("li", Map.copyOf(item));
        return Map.copyOf(rules);
    }

    /** The sanitized HTML as the body of a jsoup document, set to write it out as tidy HTML5 with {@code html()}. */
    static Element sanitizedBody(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        Element body = document.body();
        removeCommentsAndData(body);
        Elements elements = body.getAllElements();
        // from the last element to the first: an element's descendants are dealt with before it is unwrapped
        for (int i = elements.size() - 1; i > 0; i--) {
            clean(elements.get(i));
        }
        return body;
    }

    /** Whether the attribute would be kept with this value on this element. */
    static boolean allowsAttribute(String element, String attribute, String value) {
        Predicate<String> rule = ELEMENT_ATTRIBUTES.getOrDefault(element, Map.of()).getOrDefault(attribute, GLOBAL_ATTRIBUTES.get(attribute));
        return ELEMENTS.contains(element) && rule != null && rule.test(value);
    }

    /**
     * Whether parsing the sanitized body's HTML again gives the same tree. Not always when it has a {@code <pre>}: parsing
     * drops a line break that starts one.
     */
    static boolean reparsesUnchanged(Element sanitizedBody) {
        return sanitizedBody.selectFirst("pre") == null;
    }

    private static void removeCommentsAndData(Element body) {
        List<Node> unwanted = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof DataNode) {
                unwanted.add(node);
            }
        }, body);
        unwanted.forEach(Node::remove);
    }

    private static void clean(Element element) {
        String name = element.normalName();
        if (DROPPED_WITH_CONTENT.contains(name)) {
            element.remove();
            return;
        }
        if (!ELEMENTS.contains(name)) {
            element.unwrap();
            return;
        }
        List<String> refused = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            if (!allowsAttribute(name, attribute.getKey(), attribute.getValue())) {
                refused.add(attribute.getKey());
            }
        }
        refused.forEach(element::removeAttr);
        if (WITHOUT_TEXT.contains(name)) {
            element.textNodes().stream().filter(TextNode::isBlank).forEach(Node::remove);
        }
        if (name.equals("input") && !element.attr("type").equalsIgnoreCase("checkbox")) {
            element.remove();
        } else if (NOTHING_WITHOUT_ATTRIBUTES.contains(name) && element.attributesSize() == 0) {
            if (name.equals("a")) {
                element.unwrap();
            } else {
                element.remove();
            }
        }
    }

    private static boolean isSafeUrl(String url) {
        String protocol = protocolOf(url);
        return protocol == null || URL_PROTOCOLS.contains(protocol);
    }

    // Images may only come from the site itself or the web.
    private static boolean isImageUrl(String url) {
        String protocol = protocolOf(url);
        return protocol == null || protocol.equals("http") || protocol.equals("https");
    }

    /**
     * The protocol of a URL in lower case, null for a relative one. A colon before any {@code / ? #} ends a protocol;
     * white space and control characters are left out of it, as browsers skip some of them ({@code java\tscript:}).
     */
    private static String protocolOf(String url) {
        StringBuilder protocol = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            if (c == ':') {
                return protocol.toString().toLowerCase(Locale.ROOT);
            }
            if (c > ' ' && c != '\u007f') {
                protocol.append(c);
            }
        }
        return null;
    }

    private static Predicate<String> any() {
        return value -> true;
    }

    private static Predicate<String> oneOf(boolean ignoreCase, String... values) {
        Set<String> allowed = Set.of(values);
        return value -> allowed.contains(ignoreCase ? value.toLowerCase(Locale.ROOT) : value);
    }
}
