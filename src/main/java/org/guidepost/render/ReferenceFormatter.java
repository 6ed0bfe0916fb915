package org.guidepost.render;

import java.util.ArrayList;
import java.util.List;

import org.guidepost.content.Source;

/** Formats a source as a Vancouver-style reference (the medical convention), without its URL and access date. */
public final class ReferenceFormatter {

    private static final int MAX_AUTHORS = 6;

    private ReferenceFormatter() {
    }

    /** e.g. "Ministry of Health (Viet Nam). Nurturing young children. Issued together with Decision No. 5063/QD-BYT…; 2015." */
    public static String format(Source source, String internetLabel) {
        List<String> parts = new ArrayList<>();
        String creators = creators(source);
        if (!creators.isEmpty()) {
            parts.add(creators);
        }
        boolean online = "web page".equals(source.type()) || "blog post".equals(source.type());
        parts.add(online ? source.title() + " [" + internetLabel + "]" : source.title());
        if (source.identifier() != null) {
            parts.add(source.identifier());
        }
        if (source.date() != null) {
            parts.add(source.date().vancouver());
        }
        if (source.note() != null) {
            parts.add(source.note());
        }
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part);
            if (!part.endsWith(".")) {
                text.append('.');
            }
        }
        return text.toString();
    }

    private static String creators(Source source) {
        if (!source.authors().isEmpty()) {
            List<String> names = source.authors().size() > MAX_AUTHORS ? source.authors().subList(0, MAX_AUTHORS) : source.authors();
            return String.join(", ", names) + (source.authors().size() > MAX_AUTHORS ? ", et al" : "");
        }
        return source.issuer() == null ? "" : source.issuer();
    }
}
