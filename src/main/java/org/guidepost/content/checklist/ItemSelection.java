package org.guidepost.content.checklist;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which items a checklist or section takes: listed ids (in their order), and filters by article id, topic, frequency
 * and who; an item matches the filters when it matches every filter given. Nothing given selects every item.
 */
public record ItemSelection(List<ValueRef> items, List<ValueRef> articles, List<ValueRef> topics, Set<Frequency> frequencies, List<ValueRef> who) {

    public static final ItemSelection EVERYTHING = new ItemSelection(List.of(), List.of(), List.of(), Set.of(), List.of());

    public boolean hasFilters() {
        return !articles.isEmpty() || !topics.isEmpty() || !frequencies.isEmpty() || !who.isEmpty();
    }

    public boolean selectsEverything() {
        return items.isEmpty() && !hasFilters();
    }

    /** Which items pass the filters (listed ids are handled by the resolver, which keeps their order). */
    public Predicate<ChecklistItem> filters() {
        Set<String> articleIds = values(articles);
        Set<String> topicNames = values(topics);
        Set<String> whoNames = values(who);
        return item -> (articleIds.isEmpty() || articleIds.contains(item.article().id()))
                && (topicNames.isEmpty() || topicNames.contains(item.topic()))
                && (frequencies.isEmpty() || item.frequency().map(frequencies::contains).orElse(false))
                && (whoNames.isEmpty() || item.who().stream().anyMatch(whoNames::contains));
    }

    private static Set<String> values(List<ValueRef> refs) {
        return refs.stream().map(ValueRef::value).collect(Collectors.toSet());
    }
}
