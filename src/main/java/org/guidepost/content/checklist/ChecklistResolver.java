package org.guidepost.content.checklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies definitions to a language's items: the scope picks the checklist's items, each section then takes what it
 * selects from those not yet taken (so an item appears once, and a section without a selection takes the rest).
 * Listed ids keep their listed order; filtered items keep article order, then document order.
 */
public final class ChecklistResolver {

    private final ChecklistItems items;
    private final String defaultLanguage;

    public ChecklistResolver(ChecklistItems items, String defaultLanguage) {
        this.items = items;
        this.defaultLanguage = defaultLanguage;
    }

    public ResolvedChecklist resolve(ChecklistDefinition definition, String lang) {
        List<ChecklistItem> pool = select(definition.scope(), items.in(lang));
        List<ResolvedChecklist.Section> sections = new ArrayList<>();
        if (definition.sections().isEmpty()) {
            if (!pool.isEmpty()) {
                sections.add(new ResolvedChecklist.Section(null, pool));
            }
        } else {
            Set<ChecklistItem> remaining = new LinkedHashSet<>(pool);
            for (SectionDefinition section : definition.sections()) {
                List<ChecklistItem> taken = select(section.selection(), List.copyOf(remaining));
                remaining.removeAll(taken);
                if (!taken.isEmpty()) {
                    String title = section.titles().isEmpty() ? null : ChecklistDefinition.in(section.titles(), lang, defaultLanguage);
                    sections.add(new ResolvedChecklist.Section(title, taken));
                }
            }
        }
        return new ResolvedChecklist(definition, lang, ChecklistDefinition.in(definition.titles(), lang, defaultLanguage),
                ChecklistDefinition.in(definition.intros(), lang, defaultLanguage), List.copyOf(sections));
    }

    /** The items of a pool a selection takes: listed ids first (in their order), then those matching its filters. */
    public static List<ChecklistItem> select(ItemSelection selection, List<ChecklistItem> pool) {
        if (selection.selectsEverything()) {
            return pool;
        }
        Set<ChecklistItem> selected = new LinkedHashSet<>();
        for (ValueRef id : selection.items()) {
            find(pool, id.value()).ifPresent(selected::add);
        }
        if (selection.hasFilters()) {
            pool.stream().filter(selection::matchesFilters).forEach(selected::add);
        }
        return List.copyOf(selected);
    }

    private static Optional<ChecklistItem> find(List<ChecklistItem> pool, String id) {
        return pool.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
