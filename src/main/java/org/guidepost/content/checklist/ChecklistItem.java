package org.guidepost.content.checklist;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guidepost.content.Article;
import org.guidepost.markdown.TaskItem;

/** One checklist action: a task item with an id, in the article (one language version) that holds it. */
public record ChecklistItem(Article article, TaskItem item) {

    public String id() {
        return item.id();
    }

    public String lang() {
        return article.lang();
    }

    public Optional<Frequency> frequency() {
        return Frequency.ofClasses(item.classes());
    }

    /** The item's topic key ({@code topic=}), or null. */
    public String topic() {
        return item.attributes().get("topic");
    }

    /** Who does it ({@code who=mother,family}), possibly empty. */
    public List<String> who() {
        String who = item.attributes().get("who");
        return who == null || who.isBlank() ? List.of() : Arrays.stream(who.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Source keys that back this item: its own citations, or else the sources of its article. */
    public List<String> sourceKeys() {
        if (item.citations().isEmpty()) {
            return article.sourceKeys();
        }
        Set<String> cited = new LinkedHashSet<>();
        item.citations().forEach(citation -> cited.add(citation.key()));
        return List.copyOf(cited);
    }
}
