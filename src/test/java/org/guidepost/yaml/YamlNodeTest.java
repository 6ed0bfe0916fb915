package org.guidepost.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class YamlNodeTest {

    @Test
    void valuesStayTextAndKnowTheirLinesInTheFile() throws YamlSyntaxException {
        YamlNode root = YamlNode.parse("id: a\nlast_reviewed: 2024-04-28\ntopics: [x, y]\nempty:\n", 1);
        assertEquals("2024-04-28", root.text("last_reviewed"));
        assertEquals(3, root.get("last_reviewed").orElseThrow().line());
        assertEquals(List.of("x", "y"), root.get("topics").orElseThrow().items().stream().map(YamlNode::text).toList());
        assertNull(root.text("empty"));
    }

    @Test
    void syntaxErrorsPointAtTheFileLine() {
        YamlSyntaxException error = assertThrows(YamlSyntaxException.class, () -> YamlNode.parse("id: a\ntitle: A: B\n", 1));
        assertEquals(3, error.line());
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThrows(YamlSyntaxException.class, () -> YamlNode.parse("id: a\nid: b\n", 0));
    }
}
