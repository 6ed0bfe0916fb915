package org.guidepost.scaffold;

import java.nio.file.Files;
import java.nio.file.Path;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.guidepost.content.Article;
import org.guidepost.content.FrontMatter;
import org.guidepost.content.Site;

/** Creates a translation file from its source article, with the bookkeeping (from, source_hash) filled in. */
public final class TranslationScaffold {

    private TranslationScaffold() {
    }

    public static Path create(Site site, String id, String lang) {
        if (site.config().language(lang).isEmpty()) {
            throw new ScaffoldException("'" + lang + "' is not a language of this site; add it to content/site.yaml first");
        }
        Article source = site.articles().stream().filter(a -> a.id().equals(id) && !a.isTranslation()).findFirst()
                .orElseThrow(() -> new ScaffoldException("no source article with id '" + id + "'; `guidepost status` lists the ids"));
        if (source.lang().equals(lang)) {
            throw new ScaffoldException("'" + id + "' is written in " + lang + " already");
        }
        if (site.article(id, lang).isPresent()) {
            throw new ScaffoldException("'" + id + "' already has a " + lang + " version: "
                    + site.siteDir().relativize(site.article(id, lang).get().file()));
        }
        Path file = site.contentDir().resolve(lang).resolve(source.section()).resolve(source.slug() + ".md");
        if (Files.exists(file)) {
            throw new ScaffoldException(site.siteDir().relativize(file) + " already exists");
        }
        String text = """
                ---
                id: %s
                # Translate the title, the summary and the body below. Keep the ids in {#…} and the citations [@…] as they are.
                # Authors, reviewer, dates, topics and sources are taken from the %s article unless you set them here.
                # Rename the file and its folder to words of this language if you like (the id links the translations).
                title: %s
                summary: %s
                translation:
                  from: %s
                  # The version of the source this translation was made from; `check` warns when the source changes.
                  source_hash: %s
                  # Who checked this translation, e.g. {name: …, credential: …}; null until a health professional has.
                  reviewed_by: null
                ---
                %s""".formatted(id, source.lang(), ArticleScaffold.quoteIfNeeded(source.title()),
                source.summary() == null ? "" : ArticleScaffold.quoteIfNeeded(source.summary()),
                source.lang(), source.contentHash(), bodyOf(source));
        ArticleScaffold.write(file, text);
        return file;
    }

    /** The source's Markdown body as its file holds it now (loading keeps only the parsed form). */
    private static String bodyOf(Article source) {
        try {
            return FrontMatter.split(Files.readString(source.file())).map(FrontMatter::body)
                    .orElseThrow(() -> new ScaffoldException(source.file() + " no longer opens with front matter; run `guidepost check`"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.file(), e);
        }
    }
}
