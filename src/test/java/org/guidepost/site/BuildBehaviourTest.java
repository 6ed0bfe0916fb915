package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.guidepost.cli.CliRun;
import org.guidepost.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build-wide guarantees: byte-identical output, refused dangerous output folders, drafts, exit codes. */
class BuildBehaviourTest {

    static final Path SITE = MultilingualSiteTest.SITE;

    @TempDir
    Path temp;

    @Test
    void theSameInputGivesByteIdenticalOutput() throws IOException {
        build(SITE, temp.resolve("first"));
        build(SITE, temp.resolve("second"));
        TreeMap<String, byte[]> first = files(temp.resolve("first"));
        TreeMap<String, byte[]> second = files(temp.resolve("second"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void aSecondBuildReplacesTheFirstAndLeavesNothingBeside() throws IOException {
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "old");
        build(SITE, out);
        assertFalse(Files.exists(out.resolve("stale.html")));
        assertTrue(Files.exists(out.resolve("index.html")));
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(out), beside.toList());
        }
    }

    @Test
    void aRebuildKeepsTheFilesWhoseBytesDidNotChangeAndWritesTheRest() throws IOException {
        Path site = TestSites.copy(SITE, temp.resolve("site"));
        Path out = temp.resolve("public");
        build(site, out);
        Object stylesheet = fileKey(out.resolve("assets/style.css"));
        Object untouchedPage = fileKey(out.resolve("en/guides/night-feeds/index.html"));
        Object editedPage = fileKey(out.resolve("en/guides/water/index.html"));
        Path article = site.resolve("content/en/guides/water.md");
        Files.writeString(article, Files.readString(article) + "\nA sentence added for the rebuild.\n");

        build(site, out);

        assertEquals(stylesheet, fileKey(out.resolve("assets/style.css")), "an unchanged asset is the same file");
        assertEquals(untouchedPage, fileKey(out.resolve("en/guides/night-feeds/index.html")), "an unchanged page is the same file");
        assertFalse(editedPage.equals(fileKey(out.resolve("en/guides/water/index.html"))), "the edited page is written anew");
        build(site, temp.resolve("fresh"));
        TreeMap<String, byte[]> fresh = files(temp.resolve("fresh"));
        TreeMap<String, byte[]> rebuilt = files(out);
        assertEquals(fresh.keySet(), rebuilt.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.get(path), path));
    }

    @Test
    void aBuildRemovesWhatAKilledBuildLeftBeside() throws IOException {
        Path out = temp.resolve("public");
        Path killedStaging = Files.createDirectories(temp.resolve(".public.building-123/en"));
        Path killedSwap = Files.createDirectories(temp.resolve(".public.old-456"));
        Path unrelated = Files.createDirectories(temp.resolve(".public-notes.building-789"));
        build(SITE, out);
        assertFalse(Files.exists(killedStaging.getParent()));
        assertFalse(Files.exists(killedSwap));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void refusesOutputFoldersThatWouldDestroyTheSite() {
        Path site = SITE;
        for (Path dangerous : List.of(site, site.getParent(), site.resolve("content"), site.resolve("content/en"),
                Path.of("/"), Path.of(System.getProperty("user.home")))) {
            assertThrows(UnsafeOutputException.class, () -> new SiteBuilder(List.of())
                    .build(new BuildOptions(site, dangerous, false, LocalDate.of(2026, 1, 1)), Progress.SILENT), dangerous.toString());
        }
        CliRun run = CliRun.of("build", "--site", site.toString(), "--out", site.resolve("content").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("refusing"), run.err());
    }

    @Test
    void draftsAreLeftOutUnlessAsked(@TempDir Path site) throws IOException {
        TestSites.copy(SITE, site);
        Path water = site.resolve("content/en/guides/water.md");
        Files.writeString(water, Files.readString(water).replace("topics: [nutrition]", "topics: [nutrition]\nstatus: draft"));
        build(site, temp.resolve("normal"));
        assertFalse(Files.exists(temp.resolve("normal/en/guides/water/index.html")));
        assertTrue(new SiteBuilder(List.of()).build(new BuildOptions(site, temp.resolve("drafts"), true, LocalDate.of(2026, 1, 1)), Progress.SILENT).published());
        assertTrue(Files.exists(temp.resolve("drafts/en/guides/water/index.html")));
    }

    @Test
    void aBaseUrlGivesCanonicalAndAbsoluteAddresses(@TempDir Path site) throws IOException {
        TestSites.copy(SITE, site);
        Path config = site.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + "base_url: https://example.org/guide\n");
        build(site, temp.resolve("hosted"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(temp.resolve("hosted/en/guides/night-feeds/index.html").toFile(), "UTF-8");
        assertEquals("https://example.org/guide/en/guides/night-feeds/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/guide/vi/huong-dan/cho-con-bu-ban-dem/", page.selectFirst("link[hreflang=vi]").attr("href"));
        assertEquals("../../../vi/huong-dan/cho-con-bu-ban-dem/index.html", page.selectFirst(".language-switcher a[hreflang=vi]").attr("href"));
        assertTrue(Files.readString(temp.resolve("hosted/sitemap.xml")).contains("<loc>https://example.org/guide/en/guides/night-feeds/</loc>"));
        assertTrue(Files.readString(temp.resolve("hosted/robots.txt")).contains("Sitemap: https://example.org/guide/sitemap.xml"));
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\"url\":\"https://example.org/guide/en/guides/night-feeds/\""));
    }

    @Test
    void commandLineExitCodes() {
        assertEquals(0, CliRun.of("--help").exitCode());
        assertTrue(CliRun.of("--version").out().startsWith("guidepost "));
        for (String command : List.of("build", "check", "status", "new")) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: guidepost " + command), help.out());
        }
        assertEquals(2, CliRun.of("build", "--no-such-option").exitCode());
        assertEquals(1, CliRun.of("check", "--site", temp.toString()).exitCode());
        CliRun built = CliRun.of("build", "--site", SITE.toString(), "--out", temp.resolve("cli").toString(), "--quiet");
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(built.out().matches("(?s)built \\d+ pages \\(\\d+ files\\) into .* in \\d+ ms, \\d+ warning\\(s\\)\\s*"), built.out());
    }

    private static void build(Path site, Path out) {
        BuildResult result = new SiteBuilder(List.of()).build(new BuildOptions(site, out, false, LocalDate.of(2026, 1, 1)), Progress.SILENT);
        assertTrue(result.published(), () -> result.diagnostics().toString());
    }

    private static Object fileKey(Path file) throws IOException {
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertTrue(key != null, "this file system gives files an identity");
        return key;
    }

    private static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
