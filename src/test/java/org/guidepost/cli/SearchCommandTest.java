package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guidepost.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guidepost search` over a copy of the multilingual fixture: ranking, languages, JSON, and a stale index rebuilt. */
class SearchCommandTest {

    @Test
    void searchesAndRebuildsTheIndexWhenContentChanges(@TempDir Path site) throws IOException {
        TestSites.copy(TestSites.MULTILINGUAL, site);

        CliRun english = CliRun.of("search", "night", "--site", site.toString());
        assertEquals(0, english.exitCode(), english.err());
        assertTrue(english.out().startsWith("1. Feeding at night"), english.out());

        CliRun vietnamese = CliRun.of("search", "ban dem", "--lang", "vi", "--format", "json", "--site", site.toString());
        assertTrue(vietnamese.out().contains("\"url\":\"vi/huong-dan/cho-con-bu-ban-dem/index.html\""), vietnamese.out());

        assertTrue(CliRun.of("search", "colostrum", "--site", site.toString()).out().contains("no results"));
        Path water = site.resolve("content/en/guides/water.md");
        Files.writeString(water, Files.readString(water) + "\nColostrum is the first milk.\n");
        assertTrue(CliRun.of("search", "colostrum", "--site", site.toString()).out().contains("Drinking enough water"));

        assertEquals(2, CliRun.of("search", "x", "--lang", "fr", "--site", site.toString()).exitCode());
    }
}
