package org.guidepost.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;
import org.guidepost.config.SiteConfigReader;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;

/**
 * Loads a site folder into a {@link Site}: site.yaml, sources.yaml and every article, parsed in
 * parallel; translations inherit their source's metadata. Problems go to the diagnostics.
 */
public final class ContentLoader {

    private final MarkdownPipeline markdown;

    public ContentLoader(MarkdownPipeline markdown) {
        this.markdown = markdown;
    }

    /** Empty when the site cannot be loaded at all (no or broken site.yaml); details are in the diagnostics. */
    public Optional<Site> load(Path siteDir, Diagnostics diagnostics) {
        Path content = siteDir.resolve("content");
        Path siteYaml = content.resolve("site.yaml");
        if (!Files.isRegularFile(siteYaml)) {
            diagnostics.add(Diagnostic.error("no-site", siteYaml, 0, 0, "there is no content/site.yaml in " + siteDir,
                    "run guidepost in a site folder (one with content/site.yaml), or pass --site DIR"));
            return Optional.empty();
        }
        Optional<SiteConfig> config = readText(siteYaml, diagnostics).flatMap(text -> new SiteConfigReader().read(siteYaml, text, diagnostics));
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Path sourcesFile = content.resolve("sources.yaml");
        Map<String, Source> sources = Files.isRegularFile(sourcesFile)
                ? readText(sourcesFile, diagnostics).map(text -> new SourceCatalogReader().read(sourcesFile, text, diagnostics)).orElse(Map.of())
                : Map.of();
        List<ArticleLocation> locations = locateArticles(content, config.get(), diagnostics);
        ArticleReader reader = new ArticleReader(markdown);
        List<Article> articles = locations.parallelStream()
                .map(location -> readText(location.file(), diagnostics).flatMap(text -> reader.read(location, text, diagnostics)))
                .flatMap(Optional::stream)
                .toList();
        List<Article> linked = inheritFromSources(articles);
        return Optional.of(new Site(siteDir, config.get(), Map.copyOf(new TreeMap<>(sources)), linked));
    }

    private static List<Article> inheritFromSources(List<Article> articles) {
        Map<String, Article> byKey = new TreeMap<>();
        for (Article article : articles) {
            byKey.putIfAbsent(article.lang() + "\u0000" + article.id(), article);
        }
        return articles.stream()
                .map(a -> a.isTranslation() && byKey.containsKey(a.translation().from() + "\u0000" + a.id())
                        ? a.inheritFrom(byKey.get(a.translation().from() + "\u0000" + a.id())) : a)
                .sorted(Comparator.comparing(Article::lang).thenComparing(Article::section).thenComparing(Article::slug))
                .toList();
    }

    private static List<ArticleLocation> locateArticles(Path content, SiteConfig config, Diagnostics diagnostics) {
        List<ArticleLocation> locations = new ArrayList<>();
        try (Stream<Path> entries = Files.list(content)) {
            for (Path langDir : entries.sorted().toList()) {
                String name = langDir.getFileName().toString();
                if (!Files.isDirectory(langDir) || name.equals("checklists") || name.startsWith(".")) {
                    continue;
                }
                if (config.language(name).isEmpty()) {
                    diagnostics.add(Diagnostic.error("unknown-language", langDir, 0, 0, "folder content/" + name + " is not a language declared in site.yaml",
                            "add {code: " + name + ", name: …} under 'languages:' in content/site.yaml, or rename the folder"));
                    continue;
                }
                collectArticles(langDir, name, locations, diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        locations.sort(Comparator.comparing(l -> l.file().toString()));
        return locations;
    }

    private static void collectArticles(Path langDir, String lang, List<ArticleLocation> locations, Diagnostics diagnostics) throws IOException {
        try (Stream<Path> files = Files.walk(langDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                Path relative = langDir.relativize(file);
                int depth = relative.getNameCount();
                String fileName = file.getFileName().toString();
                if (depth == 2) {
                    locations.add(new ArticleLocation(file, lang, relative.getName(0).toString(), fileName.substring(0, fileName.length() - 3), null));
                } else if (depth == 3 && fileName.equals("index.md")) {
                    locations.add(new ArticleLocation(file, lang, relative.getName(0).toString(), relative.getName(1).toString(), file.getParent()));
                } else {
                    diagnostics.add(Diagnostic.error("misplaced-article", file, 0, 0,
                            "articles belong in content/" + lang + "/<section>/<slug>.md or content/" + lang + "/<section>/<slug>/index.md",
                            "move the file into a section folder"));
                }
            }
        }
    }

    private static Optional<String> readText(Path file, Diagnostics diagnostics) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            diagnostics.add(Diagnostic.error("encoding", file, 0, 0, "the file is not valid UTF-8", "save it as UTF-8 in your editor"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("io", file, 0, 0, "cannot read the file: " + e.getMessage(), "check that it exists and is readable"));
        }
        return Optional.empty();
    }
}
