package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XssTest {

    private static final Pattern FORBIDDEN_TAG = Pattern.compile(
            "<\\s*/?\\s*(script|style|iframe|object|embed|form|button|svg|math|link|meta|base|frame)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_URL = Pattern.compile("^(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "Text <scr<script>ipt>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" OnErRoR=\"alert(1)\">",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
            "<a href=\"java\tscript:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<svg onload=alert(1)><circle r=1 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><script>alert(1)</script></mtext></math>",
            "<p style=\"width: expression(alert(1))\">x</p>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:/\">",
            "<details open ontoggle=alert(1)><summary>x</summary></details>",
            "<input type=\"checkbox\" onclick=\"alert(1)\"><input type=\"text\" onfocus=\"alert(1)\" autofocus>",
            "Heading {onclick=alert(1) style=color:red}\n",
            "- [ ] Task {#t onmouseover=alert(1)}\n",
            "<!-- <script>alert(1)</script> -->",
            "<a href=\"#\" onclick=\"alert(1)\">x</a>",
            "<x onclick=alert(1)>custom</x>",
            "<img src=\"https://example.org/a.png\" onload=\"alert(1)\" loading=\"lazy\">",
            "<a href=\"java&#x0A;script:alert(1)\">x</a>",
            "<a href=\"&#x01;javascript:alert(1)\">x</a>",
            "<img src=\"  javascript:alert(1)\" alt=\"x\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<template><script>alert(1)</script></template>",
            "<textarea><img src=x onerror=alert(1)></textarea>",
            "<table><tr><td title=\"x\" onmouseover=\"alert(1)\">x</td></tr></table>",
            "<div role=\"button\" tabindex=\"0\" dir=\"rtl\">x</div>"
    })
    void leavesNothingExecutable(String markdown) {
        ParsedMarkdown parsed = pipeline.parse(markdown, 1);
        String html = parsed.renderHtml(Numbering.of());

        assertFalse(FORBIDDEN_TAG.matcher(html).find(), html);
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "");
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("srcdoc"), html);
                assertFalse(UNSAFE_URL.matcher(value).find(), html);
                assertFalse(value.toLowerCase(Locale.ROOT).contains("expression("), html);
            }
        }
    }

    @Test
    void keepsSafeLinksAndImagesUnchanged() {
        String html = pipeline.parse("[a](https://example.org/x?a=1&b=2) [b](../other/) [c](#top) [d](mailto:a@example.org)\n\n"
                + "<img src=\"photo.jpg\" alt=\"Latch\" width=\"300\" height=\"200\" loading=\"lazy\">\n", 1)
                .renderHtml(Numbering.of());

        assertTrue(html.contains("<a href=\"https://example.org/x?a=1&amp;b=2\">a</a>"), html);
        assertTrue(html.contains("<a href=\"../other/\">b</a>"), html);
        assertTrue(html.contains("<a href=\"#top\">c</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:a@example.org\">d</a>"), html);
        assertTrue(html.contains("<img src=\"photo.jpg\" alt=\"Latch\" width=\"300\" height=\"200\" loading=\"lazy\">"), html);
        assertFalse(html.contains("nofollow"), html);
    }

    @Test
    void keepsAllowedRawHtmlStructure() {
        String html = pipeline.parse("<details><summary>More</summary>\n\n<figure><img src=\"a.png\" alt=\"A\">"
                + "<figcaption>Caption</figcaption></figure>\n\n</details>\n\nH<sub>2</sub>O and x<sup>2</sup>\n", 1)
                .renderHtml(Numbering.of());

        assertTrue(html.contains("<details><summary>More</summary>"), html);
        assertTrue(html.contains("<figure><img src=\"a.png\" alt=\"A\"><figcaption>Caption</figcaption></figure>"), html);
        assertTrue(html.contains("H<sub>2</sub>O and x<sup>2</sup>"), html);
    }

    @Test
    void reportsUnsafeMarkdownDestinationsSoThatTheyCanBeFlagged() {
        ParsedMarkdown parsed = pipeline.parse("[x](javascript:alert(1))\n", 3);

        assertEquals(List.of(new LinkRef("javascript:alert(1)", 3, 1)), parsed.links());
        assertEquals("<p>x</p>", parsed.renderHtml(Numbering.of()).strip());
    }

    @Test
    void dropsRawHtmlLinksThatDoNotSurviveSanitizing() {
        ParsedMarkdown parsed = pipeline.parse("<a href=\"javascript:alert(1)\">x</a> <a href=\"https://ok.example\">ok</a>\n", 1);

        assertEquals(List.of(new LinkRef("https://ok.example", 1, 37)), parsed.links());
    }
}
