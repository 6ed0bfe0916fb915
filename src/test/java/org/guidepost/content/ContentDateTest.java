package org.guidepost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ContentDateTest {

    @Test
    void keepsTheGivenPrecision() {
        assertEquals("2024-04-28", ContentDate.parse("2024-04-28").orElseThrow().iso());
        assertEquals("2015", ContentDate.parse("2015").orElseThrow().iso());
        assertEquals("2015-06", ContentDate.parse("2015-06").orElseThrow().iso());
        assertEquals("--09-02", ContentDate.parse("--09-02").orElseThrow().iso());
    }

    @Test
    void aDayWithoutYearNeverGainsOne() {
        ContentDate date = ContentDate.parse("--09-02").orElseThrow();
        assertFalse(date.isComplete());
        assertTrue(date.toLocalDate().isEmpty());
        assertEquals("2 September", date.format(Locale.UK));
        assertEquals("Sep 2", date.vancouver());
    }

    @Test
    void rejectsImpossibleOrNonIsoDates() {
        assertTrue(ContentDate.parse("2024-02-30").isEmpty());
        assertTrue(ContentDate.parse("28/04/2024").isEmpty());
        assertTrue(ContentDate.parse("--13-01").isEmpty());
    }

    @Test
    void formatsForThePageLocale() {
        ContentDate date = ContentDate.parse("2024-04-28").orElseThrow();
        assertEquals("28 April 2024", date.format(Locale.UK));
        assertEquals("2024 Apr 28", date.vancouver());
        assertTrue(date.format(Locale.forLanguageTag("vi-VN")).contains("2024"));
    }
}
