package org.guidepost.checklist;

import java.util.ArrayList;
import java.util.List;

import org.guidepost.content.Source;

/** A short reference for checklists and print: creators, title and date only ("Ministry of Health (Viet Nam). Nurturing young children. 2015."). */
final class ShortReferences {

    private ShortReferences() {
    }

    static String format(Source source) {
        List<String> parts = new ArrayList<>();
        if (!source.authors().isEmpty()) {
            parts.add(String.join(", ", source.authors()));
        } else if (source.issuer() != null) {
            parts.add(source.issuer());
        }
        parts.add(source.title());
        if (source.date() != null) {
            parts.add(source.date().vancouver());
        }
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(text.length() == 0 ? "" : " ").append(part).append(part.endsWith(".") ? "" : ".");
        }
        return text.toString();
    }
}
