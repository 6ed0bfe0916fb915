package org.guidepost.markdown;

import java.util.List;

/** Renders {@code [TOC]} as nested lists of links to the article's level 2 and 3 headings. */
final class TableOfContentsHtml {

    private static final int FIRST_LEVEL = 2;
    private static final int LAST_LEVEL = 3;

    private TableOfContentsHtml() {
    }

    static String of(List<Heading> headings) {
        List<Heading> listed = headings.stream()
                .filter(heading -> heading.level() >= FIRST_LEVEL && heading.level() <= LAST_LEVEL)
                .toList();
        if (listed.isEmpty()) {
            return "";
        }
        int topLevel = listed.stream().mapToInt(Heading::level).min().orElseThrow();
        StringBuilder html = new StringBuilder("<nav class=\"toc\"><ul>");
        int depth = -1;
        for (Heading heading : listed) {
            // never skip a nesting level, so that every list sits inside a list item
            int target = depth < 0 ? 0 : Math.min(heading.level() - topLevel, depth + 1);
            if (depth >= 0 && target > depth) {
                html.append("<ul>");
            } else if (depth >= 0) {
                html.append("</li>");
                for (; depth > target; depth--) {
                    html.append("</ul></li>");
                }
            }
            depth = target;
            html.append("<li><a href=\"#").append(SerializedHtml.attributeValue(heading.id())).append("\">")
                    .append(SerializedHtml.text(heading.text())).append("</a>");
        }
        html.append("</li>");
        for (; depth > 0; depth--) {
            html.append("</ul></li>");
        }
        return html.append("</ul></nav>").toString();
    }
}
