package org.guidepost.content.check;

import java.util.HashSet;
import java.util.Set;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.content.Source;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.CitationRef;

/** Every cited or listed source key must exist in sources.yaml; a source nobody uses is worth a warning. */
final class SourceReferenceCheck implements ContentCheck {

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        for (Article article : site.articles()) {
            for (String key : article.sourceKeys()) {
                used.add(key);
                if (!site.sources().containsKey(key)) {
                    diagnostics.add(Diagnostic.error("unknown-source", article.file(), article.lineOf("sources"), 1,
                            "unknown source key '" + key + "' in 'sources'", hint(site, key)));
                }
            }
            for (CitationRef citation : article.markdown().citations()) {
                used.add(citation.key());
                if (!site.sources().containsKey(citation.key())) {
                    diagnostics.add(Diagnostic.error("unknown-source", article.file(), citation.line(), citation.column(),
                            "unknown source key '" + citation.key() + "' in citation [@" + citation.key() + "]", hint(site, citation.key())));
                }
            }
        }
        for (Source source : site.sources().values()) {
            if (!used.contains(source.key())) {
                diagnostics.add(Diagnostic.warning("unused-source", source.file(), source.line(), 1,
                        "source '" + source.key() + "' is not cited by any article",
                        "cite it with [@" + source.key() + "] or list it under 'sources:' in an article, or remove it"));
            }
        }
    }

    private static String hint(Site site, String key) {
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : site.sources().keySet()) {
            int distance = EditDistance.between(key, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        if (closest != null && best <= Math.max(2, key.length() / 3)) {
            return "did you mean '" + closest + "'? Otherwise add '" + key + "' to content/sources.yaml";
        }
        return "add an entry '" + key + ":' to content/sources.yaml (guidepost new source " + key + ")";
    }
}
