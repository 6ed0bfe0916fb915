package org.guidepost.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    @Test
    void foldsVietnameseAndKeepsThai() {
        ParsedMarkdown parsed = pipeline.parse("## Giải pháp tăng tiết sữa\n\n## นมแม่ดีที่สุด\n", 1);

        assertEquals(List.of(
                new Heading(2, "Giải pháp tăng tiết sữa", "giai-phap-tang-tiet-sua"),
                new Heading(2, "นมแม่ดีที่สุด", "นมแม่ดีที่สุด")), parsed.headings());
        String html = parsed.renderHtml(Numbering.of());
        assertTrue(html.contains("<h2 id=\"giai-phap-tang-tiet-sua\">Giải pháp tăng tiết sữa</h2>"), html);
        assertTrue(html.contains("<h2 id=\"นมแม่ดีที่สุด\">"), html);
    }

    @Test
    void dedupesRepeatedHeadingsAndNamesEmptyOnes() {
        ParsedMarkdown parsed = pipeline.parse("# Tips\n\n## Tips\n\n### Tips\n\n## ???\n\n## !!!\n", 1);

        assertEquals(List.of("tips", "tips-2", "tips-3", "section", "section-2"),
                parsed.headings().stream().map(Heading::id).toList());
    }

    @Test
    void keepsExplicitIdsAndAvoidsIdsUsedElsewhere() {
        ParsedMarkdown parsed = pipeline.parse(
                "## Drink water\n\n## Why {#why-it-matters}\n\n- [ ] Drink water {#drink-water}\n", 1);

        assertEquals(List.of(new Heading(2, "Drink water", "drink-water-2"), new Heading(2, "Why", "why-it-matters")),
                parsed.headings());
        assertTrue(parsed.renderHtml(Numbering.of()).contains("<h2 id=\"why-it-matters\">Why</h2>"));
    }

    @Test
    void leavesCitationsAndMarkupOutOfHeadingText() {
        ParsedMarkdown parsed = pipeline.parse("## Milk *supply* basics [@moh-2015]\n", 1);

        assertEquals(new Heading(2, "Milk supply basics", "milk-supply-basics"), parsed.headings().get(0));
    }
}
