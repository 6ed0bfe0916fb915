package org.guidepost.content.checklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
            List<ChecklistItem> remaining = new ArrayList<>(pool);
            for (SectionDefinition section : definition.sections()) {
                List<ChecklistItem> taken = select(section.selection(), List.copyOf(remaining));
                remaining.removeAll(identitySetOf(taken));
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
        List<ChecklistItem> selected = new ArrayList<>();
        Set<ChecklistItem> taken = identitySetOf(List.of());
        for (ValueRef id : selection.items()) {
            find(pool, id.value()).filter(taken::add).ifPresent(selected::add);
        }
        if (selection.hasFilters()) {
            pool.stream().filter(selection.filters()).filter(taken::add).forEach(selected::add);
        }
        return List.copyOf(selected);
    }

    /** The items as a set by identity: all come from one pool, and hashing an item's every field was 7 % of checking. */
    private static Set<ChecklistItem> identitySetOf(List<ChecklistItem> items) {
        Set<ChecklistItem> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(items);
        return set;
    }

    private static Optional<ChecklistItem> find(List<ChecklistItem> pool, String id) {
        return pool.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
