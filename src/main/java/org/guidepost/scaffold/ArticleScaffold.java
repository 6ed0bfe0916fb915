package org.guidepost.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guidepost.text.Slugifier;

/** Writes a new article file with every metadata field present and explained. */
public final class ArticleScaffold {

    private ArticleScaffold() {
    }

    /** Creates content/<lang>/<section>/<slug>.md and returns its path. */
    public static Path create(Path siteDir, String lang, String section, String title) {
        String slug = Slugifier.slugify(title);
        if (slug.isEmpty()) {
            throw new ScaffoldException("the title \"" + title + "\" gives no usable file name; use a title with letters or digits");
        }
        Path file = siteDir.resolve("content").resolve(lang).resolve(section).resolve(slug + ".md");
        if (Files.exists(file)) {
            throw new ScaffoldException(siteDir.relativize(file) + " already exists; choose another title or edit that file");
        }
        String text = """
                ---
                # Stable identifier, shared by every translation of this article. Do not change it once published.
                id: %s
                title: %s
                # One or two sentences for lists, search results and the page description.
                summary:
                # Who wrote it: a name, or {name: …, credential: …} for health professionals.
                authors: []
                # The health professional who reviewed it, e.g. {name: …, credential: …}; the page says "not reviewed" until set.
                reviewed_by:
                # ISO dates: 2024-04-28, or --09-02 when the year is not known (never invent one).
                last_reviewed:
                next_review:
                published:
                updated:
                # draft (not built unless --drafts), review, or published.
                status: draft
                # Topic keys (lowercase, dashes); their labels come from site-templates/i18n/<lang>.yaml.
                topics: []
                audience: []
                # Keys from content/sources.yaml that apply to the whole article; cite inline with [@key] or [@key, p. 12].
                sources: []
                ---

                Write the article here. Concrete actions become checklist items:

                - [ ] An action readers can take [@source-key] {#a-stable-item-id .daily who=mother topic=%s}
                """.formatted(quoteIfNeeded(slug), quoteIfNeeded(title), "topic-key");
        write(file, text);
        return file;
    }

    static String quoteIfNeeded(String value) {
        boolean plain = value.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .,'()–-]*") && !value.contains(": ");
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
