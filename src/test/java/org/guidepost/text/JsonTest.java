package org.guidepost.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValues() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("t", "Sữa mẹ");
        value.put("n", 3);
        value.put("l", List.of(true, "x"));
        value.put("z", null);
        assertEquals("{\"t\":\"Sữa mẹ\",\"n\":3,\"l\":[true,\"x\"],\"z\":null}", Json.write(value));
    }

    @Test
    void keepsScriptElementsClosedAndEscapesWhatJsonMust() {
        assertEquals("\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b\"", Json.write("</script><!-- a & b"));
        assertEquals("\"say \\\"hi\\\"\\\\n\\n\\r\\t\\u0001\\u001f\\u2028\\u2029\"", Json.write("say \"hi\"\\n\n\r\t\u0001\u001f\u2028\u2029"));
    }

    @Test
    void aStringForAScriptFileKeepsItsMarkup() {
        assertEquals("\"<p class=\\\"a\\\">A &amp; B</p>\\n\\u2028\"", Json.writeForScriptFile("<p class=\"a\">A &amp; B</p>\n\u2028"));
        assertEquals("{\"a\":[\"<b>\",null,1],\"<\":{}}", Json.writeForScriptFile(orderedMap("a", Arrays.asList("<b>", null, 1), "<", Map.of())));
    }

    @Test
    void everyCharacterStandsForItselfUnlessItMustBeEscaped() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String expected = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            };
            assertEquals("\"a" + expected + "b\"", Json.write("a" + c + "b"), "character U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aPrewrittenValueIsIncludedAsWritingItInPlaceWouldWriteIt() {
        Map<String, Object> part = orderedMap("name", "</script><b>", "n", 1);
        Json.Raw prewritten = Json.prewritten(part);

        assertEquals(Json.write(List.of(part, "x")), Json.write(List.of(prewritten, "x")));
        // script-element escapes even in a script file's data
        assertEquals("[{\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e\",\"n\":1}]", Json.writeForScriptFile(List.of(prewritten)));
    }

    private static Map<String, Object> orderedMap(String firstKey, Object firstValue, String secondKey, Object secondValue) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(firstKey, firstValue);
        map.put(secondKey, secondValue);
        return map;
    }
}
