package org.guidepost.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.guidepost.cli.CliRun;
import org.guidepost.site.Progress;
import org.guidepost.testing.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * `guidepost bundle` on the sample site: a deterministic zip, language filtering that leaves no way
 * into a missing language, READMEs, and the round trip zip → unzip → Chromium by file://.
 */
class BundleTest {

    static final Path SITE = Path.of("").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    static Path temp;
    static Path full;
    static Path vietnamese;

    @BeforeAll
    static void bundle() {
        full = bundle("guide.zip", List.of());
        vietnamese = bundle("guide-vi.zip", List.of("vi"));
    }

    static Path bundle(String name, List<String> languages) {
        BundleResult result = new SiteBundler().bundle(new BundleOptions(SITE, temp.resolve(name), TODAY, languages), Progress.SILENT);
        assertTrue(result.written(), () -> result.diagnostics().toString());
        return result.zipFile();
    }

    @Test
    void theSameSiteGivesTheSameBytesWithSortedEntriesAndOneTimestamp() throws IOException {
        Path again = bundle("again.zip", List.of());
        assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(again));
        try (ZipFile zip = new ZipFile(full.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(names.stream().sorted().toList(), names);
            assertTrue(Collections.list(zip.entries()).stream().allMatch(e -> e.getTimeLocal().equals(DeterministicZip.TIMESTAMP)));
            assertTrue(names.containsAll(List.of("index.html", "README.txt", "DOC-TRUOC.txt", "assets/style.css", "sw.js",
                    "en/index.html", "vi/index.html", "en/search/index.html", "vi/search/index.html")), names::toString);
        }
    }

    @Test
    void eachLanguageGetsAReadmeInItsOwnLanguageSayingToOpenIndexHtml() throws IOException {
        try (ZipFile zip = new ZipFile(full.toFile())) {
            String english = text(zip, "README.txt");
            String vietnameseText = text(zip, "DOC-TRUOC.txt");
            assertTrue(english.startsWith("\uFEFFBreastfeeding guidance\r\n"), english);
            assertTrue(english.contains("open the file index.html"), english);
            assertTrue(vietnameseText.contains("Hướng dẫn nuôi con bằng sữa mẹ") && vietnameseText.contains("hãy mở tệp index.html"), vietnameseText);
        }
    }

    @Test
    void aVietnameseOnlyCopyHasNoEnglishPageAndNoLinkIntoEnglish() throws IOException {
        Path unzipped = unzip(vietnamese, "vi-only");
        assertFalse(Files.exists(unzipped.resolve("en")));
        assertFalse(Files.exists(unzipped.resolve("README.txt")));
        assertTrue(Files.exists(unzipped.resolve("DOC-TRUOC.txt")));
        Document root = Jsoup.parse(unzipped.resolve("index.html").toFile(), "UTF-8");
        assertEquals("vi", root.selectFirst("html").attr("lang"));
        assertEquals(List.of("vi/index.html"), root.select(".language-list a").eachAttr("href"));
        List<String> intoEnglish = new ArrayList<>();
        try (var files = Files.walk(unzipped)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                page.select("a[hreflang=en], link[hreflang=en], a[href*=en/]").forEach(link -> intoEnglish.add(unzipped.relativize(file) + ": " + link));
            }
        }
        assertEquals(List.of(), intoEnglish);
        assertFalse(Files.readString(unzipped.resolve("sw.js")).contains("en/"), "the service worker lists no English page");
    }

    @Test
    void unzippedAnywhereItReadsAndSwitchesLanguageByFileWithNoNetwork() throws IOException {
        Path unzipped = unzip(full, "copy");
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.open(unzipped.resolve("index.html"));
            browser.driver().findElement(By.cssSelector(".language-list li[lang=vi] a")).click();
            browser.waitUntil("return location.pathname.endsWith('/vi/index.html')");
            browser.driver().findElement(By.cssSelector(".article-link")).click();
            browser.waitFor("article h1");
            browser.driver().findElement(By.cssSelector(".language-switcher a[hreflang=en]")).click();
            browser.waitUntil("return document.documentElement.lang === 'en'");
            assertTrue(browser.driver().getCurrentUrl().startsWith(unzipped.toUri().toString()), browser.driver().getCurrentUrl());
            List<String> remote = new ArrayList<>(browser.remoteRequests());
            browser.open(unzipped.resolve("vi/search/index.html").toUri() + "?q=sua%20me");
            browser.waitUntil("return document.querySelectorAll('#gp-search-results a').length > 0");
            remote.addAll(browser.remoteRequests());
            browser.open(unzipped.resolve("vi/checklists/milk-supply/index.html"));
            browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
            browser.driver().findElement(By.cssSelector("label[for=check-drink-water]")).click();
            browser.reload();
            browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
            assertTrue(browser.driver().findElement(By.id("check-drink-water")).isSelected(), "a tick in the unzipped copy survives a reload");
            assertTrue(Files.isRegularFile(unzipped.resolve("vi/checklists/milk-supply/milk-supply-vi.pdf")), "the PDF comes with the copy");
            remote.addAll(browser.remoteRequests());
            assertEquals(List.of(), remote);
        }
    }

    @Test
    void theCommandLineWritesTheZipAndRejectsAnUnknownLanguageOrAFolder() throws IOException {
        Path zip = temp.resolve("cli/guide.zip");
        CliRun ok = CliRun.of("bundle", "--quiet", "--site", SITE.toString(), "--lang", "vi,en", "-o", zip.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("wrote " + zip), ok.out());
        assertTrue(Files.size(zip) > 0);

        CliRun unknown = CliRun.of("bundle", "--quiet", "--site", SITE.toString(), "--lang", "fr", "-o", temp.resolve("fr.zip").toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("language 'fr' was asked for") && unknown.err().contains("en, vi"), unknown.err());
        assertFalse(Files.exists(temp.resolve("fr.zip")));

        CliRun folder = CliRun.of("bundle", "--quiet", "--site", SITE.toString(), "-o", temp.toString());
        assertEquals(2, folder.exitCode(), folder.err());
    }

    private static String text(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path unzip(Path zipFile, String folder) throws IOException {
        Path target = temp.resolve(folder);
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path file = target.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(target), entry.getName());
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
            }
        }
        return target;
    }
}
