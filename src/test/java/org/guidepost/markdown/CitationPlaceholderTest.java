package org.guidepost.markdown;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CitationPlaceholderTest {

    private static final String P0 = CitationPlaceholder.of(0);
    private static final String P12 = CitationPlaceholder.of(12);

    @Test
    void findsPlaceholdersAndTheirCitationIndex() {
        String text = "a " + P0 + " b" + P12;

        assertEquals(new CitationPlaceholder.Found(2, 5, 0), CitationPlaceholder.find(text, 0));
        assertEquals(new CitationPlaceholder.Found(7, 11, 12), CitationPlaceholder.find(text, 5));
        assertNull(CitationPlaceholder.find(text, 11));
    }

    @Test
    void skipsMarksThatDoNotFormAPlaceholder() {
        assertNull(CitationPlaceholder.find("\uFDD0\uFDD1 \uFDD0x1\uFDD1 \uFDD012", 0));
        assertEquals(new CitationPlaceholder.Found(2, 5, 7), CitationPlaceholder.find("\uFDD0x\uFDD07\uFDD1", 0));
    }

    @Test
    void removesPlaceholdersWithTheWhiteSpaceBeforeThem() {
        Pattern withLeadingSpace = Pattern.compile("\\s*\uFDD0(\\d+)\uFDD1");
        for (String text : new String[] {"", "plain", "Feed often " + P0 + ".", " \t\n" + P0 + P12 + "  " + P0 + " end ",
                "a \uFDD0 " + P12 + " \uFDD0x\uFDD1 z", "x\u00A0" + P0}) {
            assertEquals(withLeadingSpace.matcher(text).replaceAll(""), CitationPlaceholder.removeWithLeadingSpace(text), text);
        }
    }
}
