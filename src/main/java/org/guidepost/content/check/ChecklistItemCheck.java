package org.guidepost.content.check;

import java.util.HashMap;
import java.util.Map;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.TaskItem;

/** Checklist items: an id is used once per language (error); an item with no citation in an article without sources (warning). */
final class ChecklistItemCheck implements ContentCheck {

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        Map<String, Located> seen = new HashMap<>();
        for (Article article : site.articles()) {
            for (TaskItem item : article.markdown().taskItems()) {
                if (item.id() == null) {
                    continue;
                }
                Located first = seen.putIfAbsent(article.lang() + "/" + item.id(), new Located(article, item));
                if (first != null) {
                    diagnostics.add(Diagnostic.error("duplicate-item-id", article.file(), item.line(), 1,
                            "checklist item id '" + item.id() + "' is already used at " + site.contentDir().relativize(first.article().file())
                                    + ":" + first.item().line(),
                            "give each item its own id within a language (translations reuse the ids of their source)"));
                }
                if (item.citations().isEmpty() && article.sourceKeys().isEmpty()) {
                    diagnostics.add(Diagnostic.warning("item-without-source", article.file(), item.line(), 1,
                            "checklist item '" + item.id() + "' has no source: it cites nothing and its article lists no sources",
                            "cite where the action comes from, e.g. '- [ ] … [@key] {#" + item.id() + "}', or add 'sources: [key]' to the front matter"));
                }
            }
        }
    }

    private record Located(Article article, TaskItem item) {
    }
}
