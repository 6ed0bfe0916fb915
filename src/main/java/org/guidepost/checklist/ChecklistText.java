package org.guidepost.checklist;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.guidepost.render.Labels;

/** A checklist as Markdown (task list) or plain text ("[ ] …"), with its short sources and the articles it comes from. */
final class ChecklistText {

    private ChecklistText() {
    }

    static String markdown(ChecklistView view, Labels labels) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(view.title())).append("\n\n");
        if (view.intro() != null) {
            out.append(escape(view.intro())).append("\n\n");
        }
        for (ChecklistView.Section section : view.sections()) {
            if (section.title() != null) {
                out.append("## ").append(escape(section.title())).append("\n\n");
            }
            section.items().forEach(item -> out.append("- [ ] ").append(escape(item.text())).append(marks(item.sources())).append('\n'));
            out.append('\n');
        }
        appendNotes(out, view, labels, "## ", ChecklistText::escape);
        return out.toString().stripTrailing() + "\n";
    }

    static String text(ChecklistView view, Labels labels) {
        StringBuilder out = new StringBuilder();
        out.append(view.siteTitle()).append("\n\n").append(view.title()).append('\n').append("=".repeat(view.title().length())).append("\n\n");
        if (view.intro() != null) {
            out.append(view.intro()).append("\n\n");
        }
        for (ChecklistView.Section section : view.sections()) {
            if (section.title() != null) {
                out.append(section.title()).append('\n').append("-".repeat(section.title().length())).append('\n');
            }
            section.items().forEach(item -> out.append("[ ] ").append(item.text()).append(marks(item.sources())).append('\n'));
            out.append('\n');
        }
        appendNotes(out, view, labels, "", text -> text);
        return out.toString().stripTrailing() + "\n";
    }

    private static void appendNotes(StringBuilder out, ChecklistView view, Labels labels, String heading, UnaryOperator<String> escape) {
        if (!view.references().isEmpty()) {
            out.append(heading).append(labels.text("checklist.sources")).append("\n\n");
            for (ChecklistView.Reference reference : view.references()) {
                out.append(reference.number()).append(". ").append(escape.apply(reference.text())).append('\n');
            }
            out.append('\n');
        }
        if (!view.articles().isEmpty()) {
            out.append(heading).append(labels.text("checklist.origin")).append("\n\n");
            for (ChecklistView.ArticleNote article : view.articles()) {
                out.append("- ").append(escape.apply(article.title())).append(" — ").append(article.address()).append(" — ").append(escape.apply(article.review())).append('\n');
            }
        }
    }

    private static String marks(List<Integer> sources) {
        return sources.isEmpty() ? "" : " " + sources.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    /** Backslash-escapes what Markdown would read as markup. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
