package org.guidepost.content.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.TaskItem;

/**
 * A translation has the same checklist items as its source article: an item the source lacks is an error (a mistyped
 * id); an item missing from the translation is an error, or a warning while the translation is known to be outdated.
 */
final class ChecklistTranslationCheck implements ContentCheck {

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        for (Article translation : site.articles()) {
            Optional<Article> source = site.sourceOf(translation);
            if (source.isEmpty()) {
                continue; // reported by TranslationCheck
            }
            Map<String, TaskItem> sourceItems = itemsById(source.get());
            Map<String, TaskItem> translatedItems = itemsById(translation);
            String sourceName = site.contentDir().relativize(source.get().file()).toString().replace('\\', '/');
            for (TaskItem item : translatedItems.values()) {
                if (!sourceItems.containsKey(item.id())) {
                    diagnostics.add(Diagnostic.error("item-not-in-source", translation.file(), item.line(), 1,
                            "checklist item '" + item.id() + "' is not in the source article " + sourceName,
                            closest(item.id(), sourceItems.keySet().stream().filter(id -> !translatedItems.containsKey(id)).toList())
                                    .map(id -> "did you mean '" + id + "'? A translated item keeps the id of its source item")
                                    .orElse("use the id of the source item it translates, or add the item to " + sourceName + " first")));
                }
            }
            boolean outdated = translation.translation().sourceHash() == null
                    || !translation.translation().sourceHash().equals(site.sourceHashOf(translation).orElseThrow());
            for (TaskItem item : sourceItems.values()) {
                if (!translatedItems.containsKey(item.id())) {
                    String message = "checklist item '" + item.id() + "' (" + sourceName + ":" + item.line() + ") is missing from this translation";
                    String hint = "translate the item and keep its id: {#" + item.id() + "}";
                    diagnostics.add(outdated
                            ? Diagnostic.warning("item-missing-in-translation", translation.file(), translation.lineOf("translation"), 1,
                                    message + " (the translation is outdated)", hint)
                            : Diagnostic.error("item-missing-in-translation", translation.file(), translation.lineOf("translation"), 1, message, hint));
                }
            }
        }
    }

    private static Map<String, TaskItem> itemsById(Article article) {
        Map<String, TaskItem> items = new LinkedHashMap<>();
        article.markdown().taskItems().stream().filter(i -> i.id() != null).forEach(i -> items.putIfAbsent(i.id(), i));
        return items;
    }

    private static Optional<String> closest(String id, java.util.List<String> candidates) {
        return candidates.stream()
                .filter(c -> EditDistance.between(id, c) <= Math.max(2, id.length() / 3))
                .min(java.util.Comparator.comparingInt(c -> EditDistance.between(id, c)));
    }
}
