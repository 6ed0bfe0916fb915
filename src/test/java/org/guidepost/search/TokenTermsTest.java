package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Filtering each distinct token once gives exactly what running the whole chain over every token gives. */
class TokenTermsTest {

    private static final List<String> TEXTS = List.of(
            "The mother's milk: THE baby's feeds, and the babies' feeding. Feed, feeds, fed; feeding 8-12 times a day (2.5 litres).",
            "L'enfant et l'allaitement : qu'il tète souvent, d'abord la nuit. Müde Mütter, Straße, STRASSE über Österreich.",
            "Sữa mẹ, ĐƯỜNG huyết; sua me. Café CAFÉ naïve İstanbul ΣΟΦΙΑ σοφία ß ﬁne 𝐁𝐨𝐥𝐝 😀 e-mail foo@example.org https://who.int/x",
            "الرضاعة الطبيعية ١٢٣ مرات في اليوم، والأم. Грудное вскармливание, кормления. ภาษาไทยการให้นมลูก ມື້ນີ້",
            "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to "
                    + "was will with " + "x".repeat(300) + " end",
            "");

    @Test
    void everyProfileGivesTheSameTermsPostingsAndSurfaceWords() throws IOException {
        for (String name : List.of("english", "french", "german", "spanish", "dutch", "arabic", "persian", "russian", "vietnamese", "thai",
                "standard")) {
            AnalyzerProfile profile = SearchAnalyzers.profile("xx", name);
            assertTrue(profile.filtersTokensAlone(), name);
            List<SearchDocument> documents = documents();
            AnalyzedPages once = new AnalyzedPages(profile, documents, true);
            AnalyzedPages whole = new AnalyzedPages(profile, documents, false);
            assertEquals(describe(whole, documents.size()), describe(once, documents.size()), name);
        }
    }

    @Test
    void cjkBigramsLookAtNeighboursSoTheyTakeTheWholeChain() {
        assertTrue(!SearchAnalyzers.profile("zh", null).filtersTokensAlone());
    }

    /** Every text in every field of several pages, in varying order, so tokens recur within and across pages. */
    private static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int page = 0; page < TEXTS.size(); page++) {
            String body = TEXTS.get(page) + " " + TEXTS.get((page + 1) % TEXTS.size());
            documents.add(new SearchDocument("xx", "p" + page + "/index.html", TEXTS.get((page + 2) % TEXTS.size()), TEXTS.get(page),
                    List.of(TEXTS.get((page + 3) % TEXTS.size()), TEXTS.get(page)), body, List.of("Topic " + page, TEXTS.get(page)),
                    List.of(TEXTS.get((page + 4) % TEXTS.size()))));
        }
        return documents;
    }

    private static List<String> describe(AnalyzedPages pages, int documentCount) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int term = 0; term < pages.terms().size(); term++) {
            String text = pages.terms().term(term);
            StringBuilder line = new StringBuilder(term + " " + text);
            for (SearchField field : SearchField.values()) {
                line.append(" | ").append(field.fieldName());
                if (pages.postings(field).docFreq(term) == 0) {
                    continue;
                }
                for (FieldPostings.Cursor cursor = pages.postings(field).cursor(term, text); cursor.hasDoc(); cursor.next()) {
                    int[] positions = IntStream.range(0, cursor.freq()).map(cursor::position).toArray();
                    line.append(' ').append(cursor.doc()).append(Arrays.toString(positions)).append('=').append(cursor.score());
                }
            }
            lines.add(line.toString());
        }
        for (int doc = 0; doc < documentCount; doc++) {
            lines.add("body " + doc + " " + Arrays.toString(pages.bodyTerms(doc)) + " " + Arrays.toString(pages.bodyStarts(doc)));
        }
        lines.add("vocabulary " + pages.surfaceForms().vocabulary(term -> true));
        return lines;
    }
}
