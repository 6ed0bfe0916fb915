package org.guidepost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PlainText reads sanitized HTML as jsoup's Element.text() reads it once the parts that are not article text are gone. */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Colostrum is  enough.</p>\n<p>In the\tfirst\ndays.</p>",
            "<h2 id=\"a\">Title</h2><p>One<br>two<br/>three</p>after<em>inline</em>",
            "<ul>\n<li>one</li>\n<li><p>two</p>\n</li></ul>text",
            "<p>no\u00A0break \u00A0 spaces, zero\u200Bwidth, soft\u00ADhyphen, \u200B space after invisible</p>",
            "  <p>  leading and trailing  </p>  ",
            "<div class=\"alert alert-note\" role=\"note\">\n<p class=\"alert-title\">Note</p>\n<p>Body</p>\n</div>tail",
            "<p>See<a class=\"footnote-ref\" href=\"#fn-1\">1</a> the note</p><nav class=\"toc\"><ul><li>x</li></ul></nav>Next",
            "<p>Block</p><nav class=\"toc\"><p>toc</p></nav><span>inline after removed</span>",
            "<table><thead><tr><th>Age</th><th>Amount</th></tr></thead><tbody><tr><td>0–3</td><td>a lot</td></tr></tbody></table>x",
            "<blockquote><p>quoted</p></blockquote><strong>bold</strong> and <code>code  with  spaces</code>",
            "<p>Emoji 🍼 and Việt: sữa mẹ, đường</p><hr><p>end</p>",
            "<pre><code>line one\n    indented  line\n</code></pre><p>after   pre</p>",
            "<ol><li class=\"task-item\"><input type=\"checkbox\" disabled> Feed <a href=\"#x\">often</a></li></ol>",
    })
    void readsLikeJsoupWithoutTheNonArticleParts(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Element expected = body.clone();
        expected.select(".alert-title, nav.toc, a.footnote-ref, a.footnote-backref").remove();
        assertEquals(expected.text(), PlainText.of(body.html(), body));
    }

    @Test
    void dropsCitationPlaceholdersWithTheSpaceBeforeThem() {
        String html = "<p>Feed often " + CitationPlaceholder.of(0) + " and well" + CitationPlaceholder.of(1) + ".</p>";
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals("Feed often and well.", PlainText.of(body.html(), body));
    }
}
