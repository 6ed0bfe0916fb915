package org.guidepost.content.check;

import java.util.Optional;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;

/** A translation must point at an existing source article; one made from an older version is outdated. */
final class TranslationCheck implements ContentCheck {

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        for (Article article : site.articles()) {
            if (!article.isTranslation()) {
                continue;
            }
            String from = article.translation().from();
            int line = article.lineOf("translation");
            if (site.config().language(from).isEmpty()) {
                diagnostics.add(Diagnostic.error("bad-translation", article.file(), line, 1,
                        "translation.from '" + from + "' is not a language of this site", "use one of the codes in content/site.yaml"));
                continue;
            }
            if (from.equals(article.lang())) {
                diagnostics.add(Diagnostic.error("bad-translation", article.file(), line, 1,
                        "an article cannot be a translation from its own language", "remove the 'translation' block, or fix 'from'"));
                continue;
            }
            Optional<Article> source = site.sourceOf(article);
            if (source.isEmpty()) {
                diagnostics.add(Diagnostic.error("missing-translation-source", article.file(), line, 1,
                        "translation of '" + article.id() + "' from '" + from + "', but there is no '" + from + "' article with that id",
                        "check the id, or write the " + from + " article first"));
                continue;
            }
            String recorded = article.translation().sourceHash();
            String current = site.sourceHashOf(article).orElseThrow();
            if (recorded == null || !recorded.equals(current)) {
                diagnostics.add(Diagnostic.warning("outdated-translation", article.file(), line, 1,
                        "translation is outdated: " + site.contentDir().relativize(source.get().file()) + " changed after it was translated",
                        "update the translation, then set translation.source_hash to " + current));
            }
        }
    }
}
