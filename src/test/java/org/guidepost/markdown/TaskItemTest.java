package org.guidepost.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskItemTest {

    private static final String DRINK_WATER =
            "- [ ] Drink about 2.5–3 litres of water a day [@moh-2015] {#drink-water .daily who=mother topic=nutrition}\n";

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    @Test
    void readsIdClassesAttributesCitationsAndText() {
        TaskItem item = pipeline.parse(DRINK_WATER, 10).taskItems().get(0);

        assertEquals("drink-water", item.id());
        assertEquals("Drink about 2.5–3 litres of water a day", item.text());
        assertEquals(Set.of("daily"), item.classes());
        assertEquals(Map.of("who", "mother", "topic", "nutrition"), item.attributes());
        assertEquals(List.of(new CitationRef("moh-2015", null, 10, 48)), item.citations());
        assertFalse(item.checked());
        assertEquals(10, item.line());
    }

    @Test
    void putsIdClassesAndDataAttributesOnTheListItem() {
        String html = pipeline.parse(DRINK_WATER, 1).renderHtml(Numbering.of("moh-2015"));

        assertEquals("<ul><li class=\"task-item daily\" id=\"drink-water\" data-who=\"mother\" data-topic=\"nutrition\">"
                + "<input type=\"checkbox\" disabled aria-labelledby=\"drink-water\"> Drink about 2.5–3 litres of water a day "
                + "<a class=\"citation\" href=\"#ref-1\" role=\"doc-noteref\">[1]</a></li></ul>", html.strip());
        assertFalse(html.contains("{"), html);
    }

    @Test
    void rendersTheItemsInnerHtmlWithTheCallersNumbers() {
        TaskItem item = pipeline.parse(DRINK_WATER, 1).taskItems().get(0);

        assertEquals("Drink about 2.5–3 litres of water a day <a class=\"citation\" href=\"#ref-4\" role=\"doc-noteref\">[4]</a>",
                item.html().render(key -> OptionalInt.of(4)));
    }

    @Test
    void keepsTheInnerHtmlOfAnItemWithBlocksAsTheBodyHasIt() {
        String nested = "- [ ] Prepare *the* bag {#bag}\n  - towels\n  - [ ] nappies\n";
        List<TaskItem> items = pipeline.parse(nested, 1).taskItems();
        assertEquals("Prepare <em>the</em> bag\n<ul><li>towels</li><li class=\"task-item\"><input type=\"checkbox\" disabled aria-hidden=\"true\"> nappies</li></ul>",
                items.get(0).html().toString());
        assertEquals("nappies", items.get(1).html().toString());

        // a <pre> in the body: the items come from the HTML parsed again, as it is published
        List<TaskItem> withCode = pipeline.parse("- [ ] Step\n\n  <pre>\n\n  two lines</pre>\n", 1).taskItems();
        assertEquals("Step\n<pre>two lines</pre>", withCode.get(0).html().toString());
    }

    @Test
    void acceptsAttributesRightAfterACitationOrWordWithoutSpace() {
        ParsedMarkdown parsed = pipeline.parse("- [x] Rest[@a, p. 2]{#rest .as-needed}\n- [ ] Walk{#walk}\n", 1);

        TaskItem rest = parsed.taskItems().get(0);
        assertEquals("rest", rest.id());
        assertEquals(Set.of("as-needed"), rest.classes());
        assertTrue(rest.checked());
        assertEquals("Rest", rest.text());
        assertEquals("walk", parsed.taskItems().get(1).id());
        String html = parsed.renderHtml(Numbering.of("a"));
        assertTrue(html.contains("<li class=\"task-item as-needed\" id=\"rest\"><input type=\"checkbox\" disabled checked aria-labelledby=\"rest\"> Rest"), html);
        assertTrue(html.contains("<li class=\"task-item\" id=\"walk\"><input type=\"checkbox\" disabled aria-labelledby=\"walk\"> Walk</li>"), html);
    }

    @Test
    void putsTheIdOnTheListItemInLooseListsToo() {
        ParsedMarkdown parsed = pipeline.parse("- [ ] Sleep when the baby sleeps {#sleep .every-night}\n\n  Even by day.\n\n- [ ] Eat {#eat}\n", 1);

        String html = parsed.renderHtml(Numbering.of());
        assertTrue(html.contains("<li class=\"task-item every-night\" id=\"sleep\"><input type=\"checkbox\" disabled aria-labelledby=\"sleep\"> "), html);
        assertTrue(html.contains("<p>Even by day.</p>"), html);
        assertFalse(html.contains("<p id="), html);
        assertEquals(List.of("sleep", "eat"), parsed.taskItems().stream().map(TaskItem::id).toList());
    }

    @Test
    void keepsItemsWithoutAttributesAndOrdinaryListItemsApart() {
        ParsedMarkdown parsed = pipeline.parse("- [ ] Plain item\n- Not a task {#not-a-task}\n", 1);

        TaskItem plain = parsed.taskItems().get(0);
        assertNull(plain.id());
        assertEquals(Set.of(), plain.classes());
        assertEquals(Map.of(), plain.attributes());
        assertEquals(1, parsed.taskItems().size());
        String html = parsed.renderHtml(Numbering.of());
        assertTrue(html.contains("<li class=\"task-item\"><input type=\"checkbox\" disabled aria-hidden=\"true\"> Plain item</li>"), html);
        assertTrue(html.contains("id=\"not-a-task\""), html);
    }

    @Test
    void emitsOnlyTheContentFormatsDataAttributes() {
        ParsedMarkdown parsed = pipeline.parse("- [ ] Call {#call who=family onclick=alert(1) style=color:red}\n", 1);

        assertEquals(Map.of("who", "family", "onclick", "alert(1)", "style", "color:red"), parsed.taskItems().get(0).attributes());
        String html = parsed.renderHtml(Numbering.of());
        assertTrue(html.contains("data-who=\"family\""), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("style"), html);
    }
}
