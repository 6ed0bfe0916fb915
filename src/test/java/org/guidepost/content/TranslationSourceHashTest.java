package org.guidepost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.guidepost.content.check.ContentChecker;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content hashes: sources always have one; a translation gets one only when another translation is made from it. */
class TranslationSourceHashTest {

    private static final String ENGLISH_BODY = "Feed on demand.\n";
    private static final String VIETNAMESE_BODY = "Cho bú theo nhu cầu.\n";

    @TempDir
    Path site;

    @Test
    void aTranslationMadeFromATranslationIsCheckedAgainstItsSourcesCurrentText() throws IOException {
        String vietnameseHash = Article.hashOf("Cho bú", null, VIETNAMESE_BODY);
        writeSite(vietnameseHash);

        Diagnostics diagnostics = new Diagnostics();
        Site loaded = load(diagnostics);

        assertEquals(List.of(), outdated(diagnostics));
        assertEquals(vietnameseHash, loaded.article("feeding", "vi").orElseThrow().contentHash());
        assertNotNull(loaded.article("feeding", "en").orElseThrow().contentHash());
        assertNull(loaded.article("feeding", "th").orElseThrow().contentHash(), "no translation is made from the Thai one");
    }

    @Test
    void aTranslationOfAChangedTranslationIsOutdated() throws IOException {
        writeSite(Article.hashOf("Cho bú", null, "an earlier text\n"));

        Diagnostics diagnostics = new Diagnostics();
        load(diagnostics);

        assertEquals(List.of("content/th/guides/feeding.md"), outdated(diagnostics));
    }

    private Site load(Diagnostics diagnostics) {
        Site loaded = new ContentLoader(new MarkdownPipeline()).load(site, diagnostics).orElseThrow();
        new ContentChecker(LocalDate.of(2026, 1, 1)).check(loaded, diagnostics);
        return loaded;
    }

    private List<String> outdated(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> d.code().equals("outdated-translation"))
                .map(d -> site.relativize(d.file()).toString().replace('\\', '/')).toList();
    }

    private void writeSite(String thaiSourceHash) throws IOException {
        write("content/site.yaml", """
                title: Chained translations
                default_language: en
                languages:
                  - {code: en, name: English}
                  - {code: vi, name: Tiếng Việt}
                  - {code: th, name: ไทย}
                """);
        write("content/en/guides/feeding.md", "---\nid: feeding\ntitle: Feeding\n---\n" + ENGLISH_BODY);
        write("content/vi/guides/feeding.md", "---\nid: feeding\ntitle: Cho bú\ntranslation:\n  from: en\n  source_hash: "
                + Article.hashOf("Feeding", null, ENGLISH_BODY) + "\n---\n" + VIETNAMESE_BODY);
        write("content/th/guides/feeding.md", "---\nid: feeding\ntitle: การให้นม\ntranslation:\n  from: vi\n  source_hash: "
                + thaiSourceHash + "\n---\nให้นมตามความต้องการ\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
