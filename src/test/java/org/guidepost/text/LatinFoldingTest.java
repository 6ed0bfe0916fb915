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
    void leavesOtherScriptsAlone() {
        assertEquals("นมแม่", LatinFolding.fold("นมแม่"));
        assertEquals("حليب", LatinFolding.fold("حليب"));
    }
}
