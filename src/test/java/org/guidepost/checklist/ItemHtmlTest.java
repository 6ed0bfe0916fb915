package org.guidepost.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.guidepost.content.checklist.ChecklistItem;
import org.guidepost.markdown.MarkdownPipeline;
import org.junit.jupiter.api.Test;

class ItemHtmlTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    private String render(String markdown) {
        ChecklistItem item = new ChecklistItem(null, pipeline.parse(markdown, 1).taskItems().get(0));
        return ItemHtml.render(item, key -> OptionalInt.of(7));
    }

    @Test
    void keepsCitationLinks() {
        assertEquals("Rest <a class=\"citation\" href=\"#ref-7\" role=\"doc-noteref\">[7]</a>", render("- [ ] Rest [@who] {#rest}"));
    }

    @Test
    void unwrapsOtherLinksToTheirText() {
        assertEquals("Read <em>the</em> leaflet <a class=\"citation\" href=\"#ref-7\" role=\"doc-noteref\">[7]</a>",
                render("- [ ] Read [*the* leaflet](../leaflet/index.html) [@who] {#read}"));
    }
}
