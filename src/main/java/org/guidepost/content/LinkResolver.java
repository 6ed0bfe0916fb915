package org.guidepost.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves the addresses written in an article (relative to its .md file, as editors see them in
 * their editor) to pages and files of the built site. Shared by the checker and the renderer.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Path contentDir;
    private final Map<Path, Article> articlesByFile = new HashMap<>();

    public LinkResolver(Site site) {
        this.contentDir = site.contentDir().toAbsolutePath().normalize();
        for (Article article : site.articles()) {
            articlesByFile.put(article.file().toAbsolutePath().normalize(), article);
            if (article.isBundle()) {
                articlesByFile.put(article.bundleDir().toAbsolutePath().normalize(), article);
            }
        }
    }

    public LinkTarget resolve(Article from, String href) {
        if (href == null || href.isBlank()) {
            return new LinkTarget.Missing("the address is empty");
        }
        if (SCHEME.matcher(href).matches() || href.startsWith("//")) {
            return new LinkTarget.External(href);
        }
        int hash = href.indexOf('#');
        String pathPart = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        if (pathPart.isEmpty()) {
            return new LinkTarget.SamePage(fragment == null ? "" : fragment);
        }
        String decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path base = from.file().toAbsolutePath().normalize().getParent();
        Path target = decoded.startsWith("/") ? contentDir.resolve(decoded.substring(1)) : base.resolve(decoded);
        target = target.normalize();
        if (!target.startsWith(contentDir)) {
            return new LinkTarget.Missing("'" + href + "' points outside the content folder");
        }
        Article article = articlesByFile.get(target);
        if (article == null && Files.isDirectory(target)) {
            article = articlesByFile.get(target.resolve("index.md"));
        }
        if (article != null) {
            return new LinkTarget.ArticlePage(article, fragment);
        }
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return new LinkTarget.Missing("no article at " + contentDir.getParent().relativize(target).toString().replace('\\', '/'));
        }
        if (!Files.isRegularFile(target)) {
            return new LinkTarget.Missing("no file at " + contentDir.getParent().relativize(target).toString().replace('\\', '/'));
        }
        return new LinkTarget.StaticFile(outputPathOf(target), target, fragment);
    }

    /** Where a content file is published: bundle files beside their article's page, others at the same relative path. */
    public String outputPathOf(Path contentFile) {
        Path normalized = contentFile.toAbsolutePath().normalize();
        for (Path dir = normalized.getParent(); dir != null && dir.startsWith(contentDir); dir = dir.getParent()) {
            Article bundle = articlesByFile.get(dir);
            if (bundle != null && bundle.isBundle()) {
                String rest = dir.relativize(normalized).toString().replace('\\', '/');
                return bundle.lang() + "/" + bundle.section() + "/" + bundle.slug() + "/" + rest;
            }
        }
        return contentDir.relativize(normalized).toString().replace('\\', '/');
    }
}
