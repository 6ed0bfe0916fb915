package org.guidepost.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutolinkCandidatesTest {

    @Test
    void proseWithCitationsOnlyHasNoCandidate() {
        assertFalse(AutolinkCandidates.mayOccurIn("Feed often [@who-2023, p. 4] and rest [@a; @b].\n\n- [ ] Drink {#item-1}\n"));
        assertFalse(AutolinkCandidates.mayOccurIn("@start of a line, and an [@] alone\n"));
    }

    @Test
    void urlsAndAddressesAreCandidates() {
        assertTrue(AutolinkCandidates.mayOccurIn("see https://example.org"));
        assertTrue(AutolinkCandidates.mayOccurIn("see www.example.org"));
        assertTrue(AutolinkCandidates.mayOccurIn("write to help@example.org"));
    }

    @Test
    void escapesAndEntitiesAreCandidatesAsTheyCanSpellOne() {
        assertTrue(AutolinkCandidates.mayOccurIn("http:\\/\\/example.org"));
        assertTrue(AutolinkCandidates.mayOccurIn("help&#64;example.org"));
    }
}
