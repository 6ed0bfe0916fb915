package org.guidepost.content.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.content.checklist.ChecklistDefinition;
import org.guidepost.content.checklist.ChecklistDefinitionReader;
import org.guidepost.content.checklist.ChecklistItems;
import org.guidepost.content.checklist.ChecklistResolver;
import org.guidepost.content.checklist.ItemSelection;
import org.guidepost.content.checklist.SectionDefinition;
import org.guidepost.content.checklist.ValueRef;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;

/**
 * Checklist definitions: they must read well (see the reader), and name only items and articles that exist
 * (errors); topics and people no item has, untranslated titles and sections that select nothing are warnings.
 */
final class ChecklistDefinitionCheck implements ContentCheck {

    private static final Set<String> WHO = Set.of("mother", "family", "health-worker");

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        List<ChecklistDefinition> definitions = new ChecklistDefinitionReader(site.config()).read(site.contentDir(), diagnostics);
        ChecklistItems items = ChecklistItems.of(site);
        Set<String> articleIds = new TreeSet<>(site.articles().stream().map(Article::id).toList());
        for (ChecklistDefinition definition : definitions) {
            List<ItemSelection> selections = new ArrayList<>();
            selections.add(definition.scope());
            definition.sections().stream().map(SectionDefinition::selection).forEach(selections::add);
            for (ItemSelection selection : selections) {
                Path file = definition.file();
                for (ValueRef id : selection.items()) {
                    if (!items.ids().contains(id.value())) {
                        diagnostics.add(Diagnostic.error("unknown-checklist-item", file, id.line(), id.column(),
                                "no checklist item has the id '" + id.value() + "'", suggestion(id.value(), items.ids(), "item ids are the {#id} of task items in the articles")));
                    }
                }
                for (ValueRef article : selection.articles()) {
                    if (!articleIds.contains(article.value())) {
                        diagnostics.add(Diagnostic.error("unknown-checklist-article", file, article.line(), article.column(),
                                "no article has the id '" + article.value() + "'", suggestion(article.value(), articleIds, "use the 'id' of an article's front matter")));
                    }
                }
                for (ValueRef topic : selection.topics()) {
                    if (!items.topics().contains(topic.value())) {
                        diagnostics.add(Diagnostic.warning("unknown-checklist-topic", file, topic.line(), topic.column(),
                                "no checklist item has the topic '" + topic.value() + "'", suggestion(topic.value(), items.topics(), "topics come from the items' topic= attribute")));
                    }
                }
                for (ValueRef who : selection.who()) {
                    if (!WHO.contains(who.value())) {
                        diagnostics.add(Diagnostic.warning("unknown-checklist-who", file, who.line(), who.column(),
                                "'" + who.value() + "' is not one of the people items name", "use one of: family, health-worker, mother"));
                    }
                }
            }
            for (SectionDefinition section : definition.sections()) {
                boolean selectsSomething = site.config().languages().stream()
                        .anyMatch(language -> !ChecklistResolver.select(section.selection(), items.in(language.code())).isEmpty());
                if (!selectsSomething) {
                    diagnostics.add(Diagnostic.warning("empty-checklist-section", definition.file(), section.line(), 1,
                            "this section selects no item in any language", "check its items, articles, topics, frequencies and who"));
                }
            }
            checkTranslations(site, definition, diagnostics);
        }
    }

    private static void checkTranslations(Site site, ChecklistDefinition definition, Diagnostics diagnostics) {
        for (LanguageConfig language : site.config().languages()) {
            if (!definition.titles().containsKey(language.code())) {
                diagnostics.add(Diagnostic.warning("checklist-untranslated", definition.file(), 1, 1,
                        "the checklist has no " + language.code() + " title (the " + site.config().defaultLanguage() + " one is shown)",
                        "add '" + language.code() + ": …' under 'title' (and 'intro' and the section titles)"));
            }
            for (SectionDefinition section : definition.sections()) {
                if (!section.titles().isEmpty() && !section.titles().containsKey(language.code())) {
                    diagnostics.add(Diagnostic.warning("checklist-untranslated", definition.file(), section.line(), 1,
                            "this section has no " + language.code() + " title", "add '" + language.code() + ": …' to the section's title"));
                }
            }
        }
    }

    private static String suggestion(String value, Collection<String> known, String otherwise) {
        return known.stream()
                .filter(c -> EditDistance.between(value, c) <= Math.max(2, value.length() / 3))
                .min(Comparator.comparingInt(c -> EditDistance.between(value, c)))
                .map(c -> "did you mean '" + c + "'?")
                .orElse(otherwise);
    }
}
