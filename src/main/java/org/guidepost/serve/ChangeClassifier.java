package org.guidepost.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.guidepost.content.Article;
import org.guidepost.content.ContentLoader;
import org.guidepost.content.Site;

/** Sorts changed paths into what they require: an article reload, a content file copy, or a full rebuild. */
final class ChangeClassifier {

    private final Path siteDir;

    ChangeClassifier(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** {@code site} is the site as last loaded, or null when it could not be loaded (then everything is a full rebuild). */
    SourceChanges classify(Set<Path> paths, Site site) {
        Path content = siteDir.resolve("content");
        Set<Path> articles = new HashSet<>();
        Set<Path> files = new HashSet<>();
        for (Path path : paths) {
            if (isEditorScratch(path) || !(path.startsWith(content) || path.startsWith(siteDir.resolve("site-templates")))) {
                continue;
            }
            if (site == null || !path.startsWith(content) || content.relativize(path).getNameCount() < 2
                    || site.config().language(content.relativize(path).getName(0).toString()).isEmpty()) {
                return SourceChanges.FULL; // site.yaml, sources.yaml, checklists, templates, i18n, a new language folder...
            }
            if (path.getFileName().toString().endsWith(".md")) {
                if (!ContentLoader.isArticleFile(site, path)) {
                    return SourceChanges.FULL; // a misplaced article: the full load reports it
                }
                articles.add(path);
            } else if (Files.isDirectory(path)) {
                continue; // its files are reported one by one
            } else {
                Set<Path> inside = articleFilesUnder(site, path);
                if (inside.isEmpty()) {
                    files.add(path);
                } else {
                    articles.addAll(inside); // a bundle or section folder moved or deleted as a whole
                }
            }
        }
        return new SourceChanges(false, Set.copyOf(articles), Set.copyOf(files));
    }

    private static Set<Path> articleFilesUnder(Site site, Path folder) {
        Set<Path> inside = new HashSet<>();
        for (Article article : site.articles()) {
            if (article.file().startsWith(folder) && !article.file().equals(folder)) {
                inside.add(article.file());
            }
        }
        return inside;
    }

    /** Swap, backup and lock files editors write beside the file being edited. */
    private static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }
}
