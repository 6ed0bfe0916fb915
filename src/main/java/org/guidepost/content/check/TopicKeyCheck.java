package org.guidepost.content.check;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.text.Slugifier;

/** Topic and audience keys become folder names and i18n keys, so they must already be slugs ("milk-supply"). */
final class TopicKeyCheck implements ContentCheck {

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        for (Article article : site.articles()) {
            for (String field : new String[] {"topics", "audience"}) {
                for (String key : field.equals("topics") ? article.topics() : article.audience()) {
                    String slug = Slugifier.slugify(key);
                    if (!slug.equals(key)) {
                        diagnostics.add(Diagnostic.error("bad-topic", article.file(), article.lineOf(field), 1,
                                "'" + key + "' in '" + field + "' is not a key (lowercase letters, digits and dashes)",
                                slug.isEmpty() ? "use a short key such as milk-supply; its label comes from site-templates/i18n/<lang>.yaml"
                                        : "write '" + slug + "'; its label comes from site-templates/i18n/<lang>.yaml"));
                    }
                }
            }
        }
    }
}
