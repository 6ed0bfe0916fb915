package org.guidepost.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatinFoldingTest {

    @Test
    void removesVietnameseTonesAndVowelMarks() {
        assertEquals("sua me", LatinFolding.fold("sữa mẹ"));
        assertEquals("Duong", LatinFolding.fold("Đường"));
        assertEquals("nuoi con bang sua me", LatinFolding.fold("nuôi con bằng sữa mẹ"));
    }

    @Test
    void foldingLetterByLetterAgreesWithDecomposing() {
        StringBuilder letters = new StringBuilder("aZ-");
        for (char c = 0x80; c < 0x1F00; c++) {
            if (!LatinFolding.fold(String.valueOf(c)).equals(String.valueOf(c))) {
                letters.append(c);
            }
        }
        for (int i = 0; i < letters.length(); i++) {
            for (int j = 0; j < letters.length(); j++) {
                String pair = "" + letters.charAt(i) + letters.charAt(j);
                assertEquals(LatinFolding.foldDecomposed(pair), LatinFolding.fold(pair), pair);
            }
        }
        assertEquals("cafe", LatinFolding.fold("cafe\u0301"));
    }

    @Test
    void leavesOtherScriptsAlone() {
        assertEquals("นมแม่", LatinFolding.fold("นมแม่"));
        assertEquals("حليب", LatinFolding.fold("حليب"));
    }
}
