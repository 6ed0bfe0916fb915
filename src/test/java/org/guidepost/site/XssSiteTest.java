package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted Markdown, raw HTML and metadata (src/test/resources/sites/xss) cannot put script into any built page. */
class XssSiteTest {

    @Test
    void nothingExecutableReachesThePages(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("public");
        BuildResult result = SiteBuilders.standard().build(new BuildOptions(Path.of("src/test/resources/sites/xss").toAbsolutePath(), out, false,
                LocalDate.of(2026, 1, 1)), Progress.SILENT);
        assertTrue(result.published(), () -> result.diagnostics().toString());

        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element script : page.select("script")) {
                    boolean data = script.attr("type").equals("application/ld+json");
                    boolean ownFile = script.hasAttr("src") && script.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js");
                    if (!data && !ownFile) {
                        problems.add(out.relativize(file) + ": " + script.outerHtml());
                    }
                }
                for (Element element : page.getAllElements()) {
                    element.attributes().forEach(attribute -> {
                        String name = attribute.getKey().toLowerCase(Locale.ROOT);
                        String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                        if (name.startsWith("on") || name.equals("style") || value.startsWith("javascript:") || value.startsWith("vbscript:")) {
                            problems.add(out.relativize(file) + ": " + element.tagName() + " " + attribute);
                        }
                    });
                }
                problems.addAll(page.select(".article-body :is(iframe, object, embed, svg, math, form, input[type=text], button, style)").stream()
                        .map(e -> out.relativize(file) + ": <" + e.tagName() + ">").toList());
            }
        }
        assertEquals(List.of(), problems);

        Document article = Jsoup.parse(out.resolve("en/guides/attack/index.html").toFile(), "UTF-8");
        assertEquals("Title </title><script>alert('title')</script>", article.selectFirst("h1").text());
        String jsonLd = article.selectFirst("script[type=application/ld+json]").data();
        assertFalse(jsonLd.contains("</script"), jsonLd);
        assertTrue(article.selectFirst("#item-attack") != null, "the checklist item keeps its id");
        assertFalse(article.selectFirst("#item-attack").hasAttr("onclick"));
    }
}
