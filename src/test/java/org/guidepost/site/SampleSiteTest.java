package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.guidepost.testing.HtmlChecker;
import org.guidepost.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The repository's own site (the two seeds, en + vi), built end to end and read back as a reader's browser would. */
class SampleSiteTest {

    static final Path SITE = TestSites.SAMPLE;
    static final String EN_SEED_000 = "en/guides/increase-milk-supply/index.html";
    static final String EN_SEED_003 = "en/guides/hormone-receptors-milk-supply/index.html";
    /** One page of every type the sample site has, by type. */
    static final Map<String, String> PAGE_TYPES = new TreeMap<>(Map.ofEntries(
            Map.entry("root", "index.html"),
            Map.entry("home", "en/index.html"),
            Map.entry("article", EN_SEED_000),
            Map.entry("translated article", "vi/huong-dan/giai-phap-tang-tiet-sua/index.html"),
            Map.entry("section", "en/guides/index.html"),
            Map.entry("topics", "en/topics/index.html"),
            Map.entry("topic", "en/topics/milk-supply/index.html"),
            Map.entry("sources", "en/sources/index.html"),
            Map.entry("search", "en/search/index.html"),
            Map.entry("checklists", "en/checklists/index.html"),
            Map.entry("checklist", "vi/checklists/milk-supply/index.html"),
            Map.entry("checklist builder", "en/checklists/builder/index.html"),
            Map.entry("404", "404.html")));

    static final Path out = BuiltSample.OUT;

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void bothSeedsAreReachableFromTheRootByRelativeLinksInBothLanguages() throws IOException {
        Set<String> reached = crawl("index.html");
        for (String seed : List.of(EN_SEED_000, EN_SEED_003, "vi/huong-dan/giai-phap-tang-tiet-sua/index.html",
                "vi/huong-dan/kich-hoat-thu-the-hormone-de-tang-luong-sua/index.html", "en/sources/index.html")) {
            assertTrue(reached.contains(seed), seed + " not reachable; reached " + reached);
        }
    }

    @Test
    void everyInternalLinkAndAnchorInEveryPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : htmlFiles()) {
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element link : document.select("a[href], link[href], script[src], img[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (url.matches("^[a-z]+:.*") || url.startsWith("//")) {
                    continue;
                }
                String[] parts = url.split("#", 2);
                String pathPart = parts[0].split("\\?", 2)[0];
                Path target = pathPart.isEmpty() ? file : file.getParent().resolve(pathPart).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(out.relativize(file) + " → " + url);
                } else if (parts.length == 2 && !parts[1].isEmpty() && target.toString().endsWith(".html")
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(parts[1]) == null) {
                    broken.add(out.relativize(file) + " → " + url + " (no such id)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void seed000ShowsItsSignatureSourcesAndThatItIsNotReviewed() throws IOException {
        Document page = page(EN_SEED_000);
        Element review = page.selectFirst("#gp-review");
        assertTrue(review.text().contains("Nguyen Chi Thanh"), review.text());
        assertTrue(review.text().contains("Specialist level 2 doctor"), review.text());
        assertTrue(review.text().contains("has not yet been reviewed"), review.text());
        List<String> references = page.select("#gp-references li").eachText();
        assertEquals(2, references.size(), references.toString());
        assertTrue(references.get(0).contains("Nurturing young children") && references.get(0).contains("Decision No. 5063/QD-BYT"), references.get(0));
        assertTrue(references.get(1).contains("Tien Giang Center for Disease Control") && references.get(1).contains("[cited 2024 Apr 28]"), references.get(1));
        Element firstCitation = page.selectFirst(".article-body a.citation");
        assertEquals("#ref-1", firstCitation.attr("href"));
    }

    @Test
    void seed003KeepsItsDatesWithoutInventingAYear() throws IOException {
        Document page = page(EN_SEED_003);
        Element review = page.selectFirst("#gp-review");
        assertTrue(review.text().contains("sandrajcole2"), review.text());
        assertEquals("09-02", review.select("time").get(0).attr("datetime"));
        assertEquals("12-07", review.select("time").get(1).attr("datetime"));
        assertFalse(review.text().matches(".*\\b(19|20)\\d\\d\\b.*"), "no year appears: " + review.text());
        assertTrue(page.select("#gp-references li").first().text().contains("sandrajcole2"));
    }

    @Test
    void articlesCarryMedicalWebPageData() throws IOException {
        String json = page(EN_SEED_000).selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.contains("\"@type\":\"MedicalWebPage\""), json);
        assertTrue(json.contains("\"inLanguage\":\"en\""), json);
        assertTrue(json.contains("\"citation\":[{"), json);
        assertTrue(json.contains("\"about\":[{"), json);
        String yearless = page(EN_SEED_003).selectFirst("script[type=application/ld+json]").data();
        assertFalse(yearless.contains("datePublished"), "a date without a year is not published as a schema.org date: " + yearless);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() {
        HtmlChecker.installed().assertValid(out);
    }

    @Test
    void pagesAreCspReady() throws IOException {
        for (Path file : htmlFiles()) {
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : document.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"), file + ": " + attribute);
                    assertFalse(attribute.getValue().trim().toLowerCase().startsWith("javascript:"), file + ": " + attribute);
                });
            }
            for (Element script : document.select("script:not([src])")) {
                assertEquals("application/ld+json", script.attr("type"), file + " has an inline script");
            }
        }
    }

    @Test
    void anArticlePageWeighsLessThan30KilobytesWithItsCssAndScripts() throws IOException {
        for (String path : List.of(EN_SEED_000, "vi/huong-dan/giai-phap-tang-tiet-sua/index.html")) {
            Path file = out.resolve(path);
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            long bytes = Files.size(file);
            for (Element resource : document.select("link[rel=stylesheet], script[src]")) {
                String url = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                bytes += Files.size(file.getParent().resolve(url).normalize());
            }
            assertTrue(bytes < 30 * 1024, path + " weighs " + bytes + " bytes");
        }
    }

    static Set<String> crawl(String start) throws IOException {
        Set<String> seen = new HashSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(out.resolve(start)));
        while (!queue.isEmpty()) {
            Path file = queue.pop().normalize();
            if (!seen.add(out.relativize(file).toString()) || !file.toString().endsWith(".html") || !Files.isRegularFile(file)) {
                continue;
            }
            for (Element link : Jsoup.parse(file.toFile(), "UTF-8").select("a[href]")) {
                String href = link.attr("href").split("#", 2)[0].split("\\?", 2)[0];
                if (!href.isEmpty() && !href.matches("^[a-z]+:.*")) {
                    queue.add(file.getParent().resolve(href));
                }
            }
        }
        return seen;
    }

    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
