package org.guidepost.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.guidepost.content.Article;
import org.guidepost.markdown.CitationNumbers;
import org.guidepost.markdown.CitationRef;

/**
 * Vancouver numbering of an article's sources: cited sources by order of first citation, then the
 * sources named in front matter but never cited inline.
 */
public final class ReferenceNumbering implements CitationNumbers {

    private final List<String> keys;
    private final Set<String> citedInline;

    public ReferenceNumbering(Article article) {
        Set<String> ordered = new LinkedHashSet<>();
        Set<String> inline = new LinkedHashSet<>();
        for (CitationRef citation : article.markdown().citations()) {
            ordered.add(citation.key());
            inline.add(citation.key());
        }
        ordered.addAll(article.sourceKeys());
        this.keys = List.copyOf(new ArrayList<>(ordered));
        this.citedInline = Set.copyOf(inline);
    }

    @Override
    public OptionalInt numberOf(String key) {
        int index = keys.indexOf(key);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    /** Source keys in reference-list order. */
    public List<String> keys() {
        return keys;
    }

    public boolean isCitedInline(String key) {
        return citedInline.contains(key);
    }
}
