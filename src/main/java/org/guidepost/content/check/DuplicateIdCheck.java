package org.guidepost.content.check;

import java.util.HashMap;
import java.util.Map;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;

/** Two articles of one language with the same id, or at the same address, are an error. */
final class DuplicateIdCheck implements ContentCheck {

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        Map<String, Article> byId = new HashMap<>();
        Map<String, Article> byPath = new HashMap<>();
        for (Article article : site.articles()) {
            Article sameId = byId.putIfAbsent(article.lang() + "/" + article.id(), article);
            if (sameId != null) {
                diagnostics.add(Diagnostic.error("duplicate-id", article.file(), article.lineOf("id"), 1,
                        "id '" + article.id() + "' is already used by " + site.contentDir().relativize(sameId.file()),
                        "give each article its own id; translations share an id but live in different language folders"));
            }
            Article samePath = byPath.putIfAbsent(article.path(), article);
            if (samePath != null) {
                diagnostics.add(Diagnostic.error("duplicate-path", article.file(), 1, 1,
                        "this article and " + site.contentDir().relativize(samePath.file()) + " would both be published at " + article.path(),
                        "rename one of the two files"));
            }
        }
    }
}
