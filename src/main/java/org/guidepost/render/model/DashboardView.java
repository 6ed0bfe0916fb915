package org.guidepost.render.model;

import java.util.List;

/** Everything the editors' dashboard shows, computed beforehand; each list is one table. */
public record DashboardView(
        String today,
        List<String> languages,
        List<TranslationRow> translations,
        List<ReviewRow> reviews,
        List<SourceRow> sources,
        List<GapRow> gaps,
        List<ChecklistRow> checklistItems,
        List<WarningRow> warnings) {

    /** An article id with its state in every language. */
    public record TranslationRow(String id, String title, List<TranslationCell> cells) {
    }

    /** One language version: state key (for CSS), label, and link when it exists. */
    public record TranslationCell(String state, String label, String href) {
    }

    /** A review that is overdue ({@code days} negative) or due within 90 days. */
    public record ReviewRow(String title, String href, String lang, String date, long days, boolean overdue) {
    }

    /** A source with its access date and every article citing it (or naming it in front matter). */
    public record SourceRow(String key, String title, String type, String accessed, List<Link> citedBy) {
    }

    /** An article without sources or without a reviewer. */
    public record GapRow(String title, String href, String lang, boolean noSources, boolean noReviewer) {
    }

    /** An article id with its number of checklist items (task items with an id) in every language; -1 when missing. */
    public record ChecklistRow(String id, String title, List<Integer> counts) {
    }

    /** A `check` warning: where, what kind, what and what to do. */
    public record WarningRow(String location, String code, String message, String hint) {
    }
}
