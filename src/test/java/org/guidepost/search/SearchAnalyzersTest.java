package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Golden token lists per language: "term" for a new position, "=term" for a token at the same position. */
class SearchAnalyzersTest {

    static List<String> tokens(String code, String analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer chain = SearchAnalyzers.forLanguage(code, analyzer); TokenStream stream = chain.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add((increment.getPositionIncrement() == 0 ? "=" : "") + term);
            }
            stream.end();
        }
        return out;
    }

    @Test
    void vietnameseFoldsDiacriticsIncludingDStrokeAndKeepsExactForms() throws IOException {
        assertEquals(List.of("sua", "=sữa", "me", "=mẹ", "duong", "=đường", "huyet", "=huyết"),
                tokens("vi", null, "Sữa mẹ, ĐƯỜNG huyết"));
        assertEquals(List.of("sua", "me"), tokens("vi", null, "sua me"));
    }

    @Test
    void theExactFormKeepsTheOffsetsOfItsFoldedForm() throws IOException {
        List<String> spans = new ArrayList<>();
        try (Analyzer chain = SearchAnalyzers.forLanguage("vi", null); TokenStream stream = chain.tokenStream("body", "Sữa mẹ, ĐƯỜNG huyết")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                spans.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        assertEquals(List.of("sua@0-3", "sữa@0-3", "me@4-6", "mẹ@4-6", "duong@8-13", "đường@8-13", "huyet@14-19", "huyết@14-19"), spans);
    }

    @Test
    void searchTextIsKeptInNfc() {
        String english = "Feed often, day and night.";
        assertSame(english, SearchIndexBuilder.normalize(english));
        String composed = "Sữa mẹ";
        assertSame(composed, SearchIndexBuilder.normalize(composed));
        assertEquals("Sữa mẹ, café", SearchIndexBuilder.normalize("Su\u031B\u0303a me\u0323, cafe\u0301"));
    }

    @Test
    void textTakenAsNfcWithoutCheckingIsNfc() {
        List<Character> plain = new ArrayList<>();
        for (char c = 0; c < '\u3000'; c++) {
            if (SearchIndexBuilder.isPlainlyNfc(String.valueOf(c))) {
                plain.add(c);
            }
        }
        assertEquals(0x300 + 0x100 + 0x18, plain.size());
        // text of these chars is in NFC when every char and every pair of neighbours is: they all start a character (combining class 0)
        for (char first : plain) {
            for (char second : plain) {
                String pair = new String(new char[] {first, second});
                assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC), () -> "not NFC: " + pair.codePoints().mapToObj(Integer::toHexString).toList());
            }
        }
        assertFalse(SearchIndexBuilder.isPlainlyNfc("e\u0301"));
    }

    @Test
    void englishStemsAndDropsStopWords() throws IOException {
        assertEquals(List.of("breastfeed", "mother", "feed", "babi"),
                tokens("en", null, "Breastfeeding: the mother's feeding of babies"));
        assertEquals(List.of("cafe", "=café"), tokens("en-GB", null, "Café"));
    }

    @Test
    void frenchRemovesElisionAndStems() throws IOException {
        assertEquals(List.of("alait", "maternel"), tokens("fr", null, "L'allaitement maternel"));
    }

    @Test
    void thaiIsSegmentedByDictionary() throws IOException {
        assertEquals(List.of("นม", "แม่", "ดี", "ที่สุด"), tokens("th", null, "นมแม่ดีที่สุด"));
    }

    @Test
    void arabicIsNormalizedAndStemmed() throws IOException {
        assertEquals(List.of("رضاع", "طبيع"), tokens("ar", null, "الرضاعة الطبيعية"));
    }

    @Test
    void chineseUsesBigrams() throws IOException {
        assertEquals(List.of("母乳", "乳喂", "喂养"), tokens("zh", null, "母乳喂养"));
    }

    @Test
    void analyzerNameFromSiteConfigOverridesTheCode() throws IOException {
        assertEquals(List.of("feeding", "babies"), tokens("en", "standard", "feeding babies"));
        assertThrows(IllegalArgumentException.class, () -> SearchAnalyzers.profile("en", "klingon"));
    }
}
