package org.guidepost.checklist;

/** One checklist as the checklists index lists it; hrefs are relative to the index page. */
public record ChecklistSummary(String name, String title, String intro, String href, String pdfHref, String countText) {
}
