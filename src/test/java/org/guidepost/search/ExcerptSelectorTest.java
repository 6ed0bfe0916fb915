package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExcerptSelectorTest {

    @Test
    void sentencesEndAtStopsFollowedBySpaceAndAtLines() {
        assertEquals(List.of("Feed often. ", "Is it enough? ", "Yes!", "  Rest, e.g. at night… ", "Sữa mẹ là tốt nhất."),
                sentences("Feed often. Is it enough? Yes!\n  Rest, e.g. at night… Sữa mẹ là tốt nhất."));
    }

    @Test
    void numbersUrlsAndBlankLinesDoNotMakeSentences() {
        assertEquals(List.of("Drink 2.5 litres, see example.org/a.b.", "Then rest."), sentences("Drink 2.5 litres, see example.org/a.b.\n\n \nThen rest."));
    }

    @Test
    void wideStopsNeedNoSpace() {
        assertEquals(List.of("母乳最好。", "多喝水！"), sentences("母乳最好。多喝水！"));
    }

    @Test
    void picksTheSentencesWithTheRarestTermsInReadingOrder() {
        // terms: 0 "feed" (in every page: no weight), 1 "jaundice" and 2 "sun" (rare)
        double[] weights = {0, 5, 4};
        String body = "Feed feed. Jaundice shows. Sun helps.";
        List<String> excerpts = new ExcerptSelector(weights).select(body, new int[] {0, 0, 1, 2}, new int[] {0, 5, 11, 27});
        assertEquals(List.of("Jaundice shows.", "Sun helps."), excerpts);
    }

    private static List<String> sentences(String body) {
        return ExcerptSelector.sentenceBounds(body).stream().map(bounds -> body.substring(bounds[0], bounds[1])).toList();
    }
}
