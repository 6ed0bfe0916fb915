package org.guidepost.content.check;

import java.util.HashSet;
import java.util.Set;

import org.guidepost.content.Article;
import org.guidepost.content.LinkResolver;
import org.guidepost.content.LinkTarget;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.Heading;
import org.guidepost.markdown.ImageRef;
import org.guidepost.markdown.LinkRef;
import org.guidepost.markdown.TaskItem;

/** Internal links must reach an article or file (and its anchor); images must exist and have alt text. */
final class LinkCheck implements ContentCheck {

    /** Anchors every article page has besides its headings and items (see the article template). */
    private static final java.util.regex.Pattern UNSAFE_SCHEME = java.util.regex.Pattern.compile("^\\s*(javascript|vbscript|data):", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final Set<String> PAGE_ANCHORS = Set.of("gp-main", "gp-references", "gp-review", "gp-toc");

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        LinkResolver resolver = new LinkResolver(site);
        for (Article article : site.articles()) {
            for (LinkRef link : article.markdown().links()) {
                checkLink(site, resolver, article, link, diagnostics);
            }
            for (ImageRef image : article.markdown().images()) {
                LinkTarget target = resolver.resolve(article, image.src());
                if (target instanceof LinkTarget.Missing missing) {
                    diagnostics.add(Diagnostic.error("missing-image", article.file(), image.line(), image.column(),
                            "image '" + image.src() + "' not found: " + missing.reason(),
                            "put the image next to the article (make it a bundle: <slug>/index.md) and link it by its file name"));
                }
                if (image.alt() == null || image.alt().isBlank()) {
                    diagnostics.add(Diagnostic.error("missing-alt", article.file(), image.line(), image.column(),
                            "image '" + image.src() + "' has no alt text",
                            "describe the image for people who cannot see it: ![what it shows](" + image.src() + ")"));
                }
            }
        }
    }

    private static void checkLink(Site site, LinkResolver resolver, Article article, LinkRef link, Diagnostics diagnostics) {
        LinkTarget target = resolver.resolve(article, link.href());
        if (target instanceof LinkTarget.External external && UNSAFE_SCHEME.matcher(external.href()).find()) {
            diagnostics.add(Diagnostic.error("unsafe-link", article.file(), link.line(), link.column(),
                    "link '" + abbreviate(link.href()) + "' would run script or embed data; it is removed from the page",
                    "link to a web page (https://…) or to another article (other-article.md)"));
        } else if (target instanceof LinkTarget.Missing missing) {
            diagnostics.add(Diagnostic.error("broken-link", article.file(), link.line(), link.column(),
                    "broken link '" + link.href() + "': " + missing.reason(),
                    "link other articles by their file, relative to this one, e.g. [text](other-article.md) or [text](../section/article.md#heading)"));
        } else if (target instanceof LinkTarget.SamePage same && !same.fragment().isEmpty() && !anchorsOf(article).contains(same.fragment())) {
            diagnostics.add(Diagnostic.error("broken-anchor", article.file(), link.line(), link.column(),
                    "no heading or item with id '" + same.fragment() + "' in this article",
                    "use one of: " + String.join(", ", new java.util.TreeSet<>(anchorsOf(article)))));
        } else if (target instanceof LinkTarget.ArticlePage page && page.fragment() != null && !page.fragment().isEmpty()
                && !anchorsOf(page.article()).contains(page.fragment())) {
            diagnostics.add(Diagnostic.error("broken-anchor", article.file(), link.line(), link.column(),
                    "no heading or item with id '" + page.fragment() + "' in " + site.contentDir().relativize(page.article().file()),
                    "use one of: " + String.join(", ", new java.util.TreeSet<>(anchorsOf(page.article())))));
        }
    }

    private static String abbreviate(String href) {
        return href.length() > 40 ? href.substring(0, 40) + "…" : href;
    }

    private static Set<String> anchorsOf(Article article) {
        Set<String> anchors = new HashSet<>(PAGE_ANCHORS);
        for (Heading heading : article.markdown().headings()) {
            anchors.add(heading.id());
        }
        for (TaskItem item : article.markdown().taskItems()) {
            if (item.id() != null) {
                anchors.add(item.id());
            }
        }
        for (int i = 1; i <= article.sourceKeys().size() + article.markdown().citations().size(); i++) {
            anchors.add("ref-" + i);
        }
        return anchors;
    }
}
