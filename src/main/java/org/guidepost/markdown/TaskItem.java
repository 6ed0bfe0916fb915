package org.guidepost.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One task-list item ({@code - [ ] ...}), usually a checklist action: id, classes and attributes come from its
 * trailing {@code {#id .class key=value}} block; text is its visible text without citations; html is its inner HTML
 * (without the checkbox), numbered when rendered: {@code item.html().render(numbers)}.
 */
public record TaskItem(String id, String text, Set<String> classes, Map<String, String> attributes,
                       List<CitationRef> citations, boolean checked, int line, CitedHtml html) {
}
