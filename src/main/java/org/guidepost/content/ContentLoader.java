package org.guidepost.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.guidepost.concurrent.AllInParallel;
import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;
import org.guidepost.config.SiteConfigReader;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;

/**
 * Loads a site folder into a {@link Site}: site.yaml, sources.yaml and every article, parsed in
 * parallel; translations inherit their source's metadata. Problems go to the diagnostics. The preview
 * server reloads single article files into an already loaded site with {@link #reload}.
 */
public final class ContentLoader {

    /** Articles by language, section and slug; the file decides between an article and a bundle of the same slug. */
    private static final Comparator<Article> ARTICLE_ORDER = Comparator.comparing(Article::lang)
            .thenComparing(Article::section).thenComparing(Article::slug).thenComparing(a -> a.file().toString());

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
        List<Article> articles = AllInParallel.map(locations,
                        location -> readText(location.file(), diagnostics).flatMap(text -> reader.read(location, text, diagnostics)))
                .stream().flatMap(Optional::stream).toList();
        List<Article> linked = inheritFromSources(articles, diagnostics);
        // sorted by key and kept in that order (Map.copyOf would iterate in an order that changes from run to run)
        return Optional.of(new Site(siteDir, config.get(), java.util.Collections.unmodifiableMap(new TreeMap<>(sources)), linked));
    }

    /**
     * The site with the given article files read again (changed, added or deleted), together with every
     * other language version of the articles they hold, so that translations inherit exactly as in a full
     * load. Problems found in the files read go to the diagnostics.
     */
    public Reloaded reload(Site site, Collection<Path> files, Diagnostics diagnostics) {
        Set<Path> changed = new HashSet<>(files);
        Set<String> ids = new TreeSet<>();
        site.articles().stream().filter(a -> changed.contains(a.file())).forEach(a -> ids.add(a.id()));
        ArticleReader reader = new ArticleReader(markdown);
        List<Article> read = new ArrayList<>();
        for (Path file : new TreeSet<>(changed)) {
            locationOf(site, file).filter(l -> Files.isRegularFile(l.file()))
                    .flatMap(l -> readText(l.file(), diagnostics).flatMap(text -> reader.read(l, text, diagnostics)))
                    .ifPresent(article -> {
                        read.add(article);
                        ids.add(article.id());
                    });
        }
        Set<Path> reread = new TreeSet<>(changed);
        for (Article version : site.articles()) {
            if (ids.contains(version.id()) && reread.add(version.file())) {
                locationOf(site, version.file())
                        .flatMap(l -> readText(l.file(), diagnostics).flatMap(text -> reader.read(l, text, diagnostics)))
                        .ifPresent(read::add);
            }
        }
        read.sort(Comparator.comparing(a -> a.file().toString()));
        List<Article> articles = new ArrayList<>(site.articles().stream().filter(a -> !reread.contains(a.file())).toList());
        articles.addAll(inheritFromSources(read, diagnostics));
        articles.sort(ARTICLE_ORDER);
        return new Reloaded(new Site(site.siteDir(), site.config(), site.sources(), articles), Set.copyOf(reread), Set.copyOf(ids));
    }

    /** True when the file is where an article of a declared language belongs (it may not exist). */
    public static boolean isArticleFile(Site site, Path file) {
        return locationOf(site, file).isPresent();
    }

    /** A site after {@link #reload}: the files read again and the article ids they held before or hold now. */
    public record Reloaded(Site site, Set<Path> files, Set<String> ids) {
    }

    private static Optional<ArticleLocation> locationOf(Site site, Path file) {
        Path content = site.contentDir();
        if (!file.startsWith(content) || content.relativize(file).getNameCount() < 2) {
            return Optional.empty();
        }
        String lang = content.relativize(file).getName(0).toString();
        if (site.config().language(lang).isEmpty()) {
            return Optional.empty();
        }
        return locationIn(content.resolve(lang), lang, file);
    }

    private static Optional<ArticleLocation> locationIn(Path langDir, String lang, Path file) {
        Path relative = langDir.relativize(file);
        int depth = relative.getNameCount();
        String fileName = file.getFileName().toString();
        if (depth == 2 && fileName.endsWith(".md")) {
            return Optional.of(new ArticleLocation(file, lang, relative.getName(0).toString(), fileName.substring(0, fileName.length() - 3), null));
        }
        if (depth == 3 && fileName.equals("index.md")) {
            return Optional.of(new ArticleLocation(file, lang, relative.getName(0).toString(), relative.getName(1).toString(), file.getParent()));
        }
        return Optional.empty();
    }

    private static List<Article> inheritFromSources(List<Article> articles, Diagnostics diagnostics) {
        Map<String, Article> byKey = new TreeMap<>();
        for (Article article : articles) {
            byKey.putIfAbsent(article.lang() + "\u0000" + article.id(), article);
        }
        Map<Article, Article> hashed = hashTranslationSources(articles, byKey, diagnostics);
        return articles.stream()
                .map(a -> hashed.getOrDefault(a, a))
                .map(a -> a.isTranslation() && byKey.containsKey(a.translation().from() + "\u0000" + a.id())
                        ? a.inheritFrom(byKey.get(a.translation().from() + "\u0000" + a.id())) : a)
                .sorted(ARTICLE_ORDER)
                .toList();
    }

    /**
     * Gives the translations that other translations are made from the content hash reading left out (from their file,
     * as only the parsed body is kept), replacing them in {@code byKey}; the replacements by the article they replace.
     */
    private static Map<Article, Article> hashTranslationSources(List<Article> articles, Map<String, Article> byKey, Diagnostics diagnostics) {
        Map<Article, Article> hashed = new IdentityHashMap<>();
        for (Article article : articles) {
            if (!article.isTranslation()) {
                continue;
            }
            String sourceKey = article.translation().from() + "\u0000" + article.id();
            Article source = byKey.get(sourceKey);
            if (source != null && source.contentHash() == null) {
                // a file that can no longer be read has an error of its own; its empty hash makes its translations outdated
                String hash = readText(source.file(), diagnostics).flatMap(FrontMatter::split)
                        .map(parts -> Article.hashOf(source.title(), source.summary(), parts.body())).orElse("");
                Article withHash = source.withContentHash(hash);
                byKey.put(sourceKey, withHash);
                hashed.put(source, withHash);
            }
        }
        return hashed;
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
                Optional<ArticleLocation> location = locationIn(langDir, lang, file);
                if (location.isPresent()) {
                    locations.add(location.get());
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
