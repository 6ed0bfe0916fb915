package org.guidepost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Article;
import org.guidepost.content.LinkResolver;
import org.guidepost.content.Site;
import org.guidepost.content.Source;
import org.guidepost.content.TranslationMatrix;
import org.guidepost.render.model.ArticleSummary;
import org.guidepost.render.model.ArticleView;
import org.guidepost.render.model.Link;
import org.guidepost.render.model.PageInfo;
import org.guidepost.render.model.SectionView;
import org.guidepost.render.model.SourceView;
import org.guidepost.render.model.TopicView;
import org.guidepost.text.Slugifier;

/**
 * Renders every page of a site through the theme's templates and hands them to an {@link OutputSink}:
 * articles in parallel, then the per-language lists, the root, 404, feeds, sitemap and assets.
 */
public final class SiteRenderer {

    private final Site site;
    private final Theme theme;
    private final TemplateRenderer templates;
    private final PageInfoFactory pageInfos;
    private final ArticleViewFactory articleViews;
    private final LinkResolver resolver;
    /** Every HTML page written, with its language versions, for the sitemap. */
    private final Map<String, Map<String, String>> sitemapEntries = new ConcurrentHashMap<>();

    public SiteRenderer(Site site, Theme theme, boolean hasChecklists) {
        this.site = site;
        this.theme = theme;
        this.templates = new TemplateRenderer(theme.templates());
        this.pageInfos = new PageInfoFactory(site.config(), theme.strings(), hasChecklists);
        this.resolver = new LinkResolver(site);
        this.articleViews = new ArticleViewFactory(site, resolver);
    }

    /** Renders the whole site; returns the number of HTML pages written. */
    public int render(OutputSink sink) {
        site.articles().parallelStream().forEach(article -> renderArticle(article, sink));
        site.config().languages().parallelStream().forEach(language -> renderLanguage(language, sink));
        renderRoot(sink);
        renderNotFound(sink);
        renderTranslationStatus(sink);
        renderSitemap(sink);
        sink.write(SitePaths.ROBOTS, robots().getBytes(StandardCharsets.UTF_8));
        theme.assets().forEach((name, file) -> copyAsset(sink, name, file));
        copyContentFiles(sink);
        return sitemapEntries.size() + 2;
    }

    private void renderArticle(Article article, OutputSink sink) {
        Labels labels = labels(article.lang());
        Map<String, String> counterparts = new LinkedHashMap<>();
        site.versionsOf(article.id()).forEach(version -> counterparts.put(version.lang(), version.path()));
        PageInfo page = pageInfos.create(article.path(), "article", article.lang(), article.title(), article.summary(), counterparts,
                List.of(Map.entry(SitePaths.home(article.lang()), labels.text("home")),
                        Map.entry(SitePaths.section(article.lang(), article.section()), labels.section(article.section()))));
        ArticleView view = articleViews.create(article, labels, page.canonical());
        Map<String, Object> model = model(page);
        model.put("article", view);
        write(sink, page, counterparts, "article.ftlh", model);
    }

    private void renderLanguage(LanguageConfig language, OutputSink sink) {
        String lang = language.code();
        Labels labels = labels(lang);
        List<Article> articles = site.articlesIn(lang);

        Map<String, List<Article>> bySection = new TreeMap<>();
        articles.forEach(a -> bySection.computeIfAbsent(a.section(), k -> new ArrayList<>()).add(a));

        String homePath = SitePaths.home(lang);
        PageInfo home = pageInfos.create(homePath, "home", lang, site.config().titleIn(lang), labels.text("home_description"),
                allLanguages(SitePaths::home), List.of());
        Map<String, Object> homeModel = model(home);
        homeModel.put("sections", sections(homePath, bySection, labels));
        homeModel.put("notTranslatedAnchor", PageInfoFactory.NOT_TRANSLATED_ANCHOR);
        write(sink, home, allLanguages(SitePaths::home), "home.ftlh", homeModel);

        for (Map.Entry<String, List<Article>> section : bySection.entrySet()) {
            String path = SitePaths.section(lang, section.getKey());
            Map<String, String> counterparts = sectionCounterparts(section.getValue().get(0));
            PageInfo page = pageInfos.create(path, "section", lang, labels.section(section.getKey()), null, counterparts,
                    List.of(Map.entry(homePath, labels.text("home"))));
            Map<String, Object> model = model(page);
            model.put("section", new SectionView(section.getKey(), labels.section(section.getKey()), "./", summaries(path, section.getValue(), labels)));
            write(sink, page, counterparts, "section.ftlh", model);
        }

        renderTopics(lang, labels, articles, sink);
        renderSources(lang, labels, articles, sink);

        String searchPath = SitePaths.search(lang);
        PageInfo search = pageInfos.create(searchPath, "search", lang, labels.text("search"), null, allLanguages(SitePaths::search),
                List.of(Map.entry(homePath, labels.text("home"))));
        write(sink, search, allLanguages(SitePaths::search), "search.ftlh", model(search));

        PageInfo feedPage = pageInfos.create(SitePaths.feed(lang), "feed", lang, site.config().titleIn(lang), null, Map.of(), List.of());
        Map<String, Object> feed = model(feedPage);
        feed.put("entries", FeedEntries.of(articles, site.config().hasBaseUrl() ? pageInfos::absolute : path -> RelativeUrls.between(SitePaths.feed(lang), path)));
        feed.put("updated", FeedEntries.latest(articles));
        feed.put("feedId", site.config().hasBaseUrl() ? pageInfos.absolute(SitePaths.feed(lang)) : "urn:guidepost:" + Slugifier.slugify(site.config().title()) + ":" + lang);
        sink.write(SitePaths.feed(lang), templates.render("feed.ftlx", feed).getBytes(StandardCharsets.UTF_8));
    }

    private void renderTopics(String lang, Labels labels, List<Article> articles, OutputSink sink) {
        Map<String, List<Article>> byTopic = new TreeMap<>();
        articles.forEach(a -> a.topics().forEach(topic -> byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(a)));
        String indexPath = SitePaths.topics(lang);
        List<TopicView> topics = new ArrayList<>();
        for (Map.Entry<String, List<Article>> topic : byTopic.entrySet()) {
            String path = SitePaths.topic(lang, topic.getKey());
            topics.add(new TopicView(topic.getKey(), labels.topic(topic.getKey()), RelativeUrls.between(indexPath, path), List.of()));
            Map<String, String> counterparts = topicCounterparts(topic.getKey());
            PageInfo page = pageInfos.create(path, "topic", lang, labels.topic(topic.getKey()), null, counterparts,
                    List.of(Map.entry(SitePaths.home(lang), labels.text("home")), Map.entry(indexPath, labels.text("topics"))));
            Map<String, Object> model = model(page);
            model.put("topic", new TopicView(topic.getKey(), labels.topic(topic.getKey()), "./", summaries(path, topic.getValue(), labels)));
            write(sink, page, counterparts, "topic.ftlh", model);
        }
        topics.sort(Comparator.comparing(TopicView::label));
        PageInfo index = pageInfos.create(indexPath, "topics", lang, labels.text("topics"), null, allLanguages(SitePaths::topics),
                List.of(Map.entry(SitePaths.home(lang), labels.text("home"))));
        Map<String, Object> model = model(index);
        model.put("topics", topics);
        write(sink, index, allLanguages(SitePaths::topics), "topics.ftlh", model);
    }

    private void renderSources(String lang, Labels labels, List<Article> articles, OutputSink sink) {
        String path = SitePaths.sources(lang);
        List<SourceView> sources = new ArrayList<>();
        for (Source source : site.sources().values()) {
            List<Link> citedBy = articles.stream()
                    .filter(a -> new ReferenceNumbering(a).numberOf(source.key()).isPresent())
                    .map(a -> new Link(RelativeUrls.between(path, a.path()), a.title())).toList();
            sources.add(new SourceView(source.key(), "source-" + source.key(), source.type(),
                    ReferenceFormatter.format(source, labels.text("ref.internet")), source.url(),
                    source.accessed() == null ? null : source.accessed().vancouver(), citedBy));
        }
        PageInfo page = pageInfos.create(path, "sources", lang, labels.text("sources"), null, allLanguages(SitePaths::sources),
                List.of(Map.entry(SitePaths.home(lang), labels.text("home"))));
        Map<String, Object> model = model(page);
        model.put("sources", sources);
        write(sink, page, allLanguages(SitePaths::sources), "sources.ftlh", model);
    }

    private void renderRoot(OutputSink sink) {
        String lang = site.config().defaultLanguage();
        PageInfo page = pageInfos.create(SitePaths.ROOT, "root", lang, site.config().titleIn(lang), null, Map.of(lang, SitePaths.ROOT), List.of());
        Map<String, Object> model = model(page);
        List<Map<String, Object>> homes = new ArrayList<>();
        for (LanguageConfig language : site.config().languages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", language.code());
            entry.put("name", language.name());
            entry.put("dir", language.direction().attribute());
            entry.put("title", site.config().titleIn(language.code()));
            entry.put("href", RelativeUrls.between(SitePaths.ROOT, SitePaths.home(language.code())));
            entry.put("enter", theme.strings().get(language.code(), "enter_site"));
            homes.add(entry);
        }
        model.put("homes", homes);
        sink.write(SitePaths.ROOT, templates.render("root.ftlh", model).getBytes(StandardCharsets.UTF_8));
    }

    private void renderNotFound(OutputSink sink) {
        String lang = site.config().defaultLanguage();
        PageInfo page = pageInfos.create(SitePaths.NOT_FOUND, "404", lang, labels(lang).text("page_not_found"), null, Map.of(), List.of());
        sink.write(SitePaths.NOT_FOUND, templates.render("404.ftlh", model(page)).getBytes(StandardCharsets.UTF_8));
    }

    /** The editors' view of translations: a static page, deliberately left out of the reader navigation and sitemap. */
    private void renderTranslationStatus(OutputSink sink) {
        String lang = site.config().defaultLanguage();
        String path = SitePaths.TRANSLATION_STATUS;
        PageInfo page = pageInfos.create(path, "translation-status", lang, labels(lang).text("status.title"), null, Map.of(), List.of());
        TranslationMatrix matrix = TranslationMatrix.of(site);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TranslationMatrix.Row row : matrix.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            row.states().forEach((code, state) -> {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("lang", code);
                cell.put("state", state.key());
                cell.put("label", labels(lang).text("status." + state.key()));
                cell.put("href", site.article(row.id(), code).map(a -> RelativeUrls.between(path, a.path())).orElse(null));
                cells.add(cell);
            });
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.id());
            item.put("title", row.title());
            item.put("cells", cells);
            rows.add(item);
        }
        Map<String, Object> model = model(page);
        model.put("languages", site.config().languages());
        model.put("rows", rows);
        sink.write(path, templates.render("translation-status.ftlh", model).getBytes(StandardCharsets.UTF_8));
    }

    private void renderSitemap(OutputSink sink) {
        List<Map<String, Object>> urls = new ArrayList<>();
        for (String path : new TreeSet<>(sitemapEntries.keySet())) {
            Map<String, Object> url = new LinkedHashMap<>();
            url.put("loc", address(path));
            List<Map<String, String>> alternates = new ArrayList<>();
            Map<String, String> versions = sitemapEntries.get(path);
            if (versions.size() > 1) {
                versions.forEach((lang, target) -> alternates.add(Map.of("hreflang", lang, "href", address(target))));
            }
            url.put("alternates", alternates);
            urls.add(url);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("urls", urls);
        sink.write(SitePaths.SITEMAP, templates.render("sitemap.ftlx", model).getBytes(StandardCharsets.UTF_8));
    }

    private String address(String path) {
        return site.config().hasBaseUrl() ? pageInfos.absolute(path) : path;
    }

    private String robots() {
        return "User-agent: *\nAllow: /\n" + (site.config().hasBaseUrl() ? "Sitemap: " + pageInfos.absolute(SitePaths.SITEMAP) + "\n" : "");
    }

    /** Theme scripts are minified on the way out (readers download them); other assets are copied as they are. */
    private static void copyAsset(OutputSink sink, String name, Path file) {
        if (!name.endsWith(".js")) {
            sink.copy(SitePaths.asset(name), file);
            return;
        }
        try {
            sink.write(SitePaths.asset(name), ScriptMinifier.minify(Files.readString(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme script " + file, e);
        }
    }

    private void copyContentFiles(OutputSink sink) {
        ContentFiles.list(site).forEach(file -> sink.copy(resolver.outputPathOf(file), file));
    }

    private void write(OutputSink sink, PageInfo page, Map<String, String> counterparts, String template, Map<String, Object> model) {
        sink.write(page.path(), templates.render(template, model).getBytes(StandardCharsets.UTF_8));
        sitemapEntries.put(page.path(), new TreeMap<>(counterparts.isEmpty() ? Map.of(page.lang(), page.path()) : counterparts));
    }

    private Map<String, Object> model(PageInfo page) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("t", theme.strings().forLanguage(page.lang()));
        return model;
    }

    private Labels labels(String lang) {
        return new Labels(theme.strings(), lang, site.config().language(lang).orElseThrow().locale());
    }

    private Map<String, String> allLanguages(java.util.function.Function<String, String> pathOf) {
        Map<String, String> paths = new LinkedHashMap<>();
        site.config().languages().forEach(l -> paths.put(l.code(), pathOf.apply(l.code())));
        return paths;
    }

    /** A section's counterpart in another language is the section holding the translation of its first article. */
    private Map<String, String> sectionCounterparts(Article first) {
        Map<String, String> paths = new LinkedHashMap<>();
        site.versionsOf(first.id()).forEach(v -> paths.put(v.lang(), SitePaths.section(v.lang(), v.section())));
        return paths;
    }

    private Map<String, String> topicCounterparts(String topic) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (LanguageConfig language : site.config().languages()) {
            if (site.articlesIn(language.code()).stream().anyMatch(a -> a.topics().contains(topic))) {
                paths.put(language.code(), SitePaths.topic(language.code(), topic));
            }
        }
        return paths;
    }

    private List<SectionView> sections(String from, Map<String, List<Article>> bySection, Labels labels) {
        return bySection.entrySet().stream()
                .map(e -> new SectionView(e.getKey(), labels.section(e.getKey()), RelativeUrls.between(from, SitePaths.section(labels.lang(), e.getKey())),
                        summaries(from, e.getValue(), labels)))
                .toList();
    }

    private List<ArticleSummary> summaries(String from, List<Article> articles, Labels labels) {
        return articles.stream()
                .sorted(Comparator.comparing(Article::title))
                .map(a -> new ArticleSummary(a.title(), a.summary(), RelativeUrls.between(from, a.path()),
                        a.topics().stream().map(t -> new Link(RelativeUrls.between(from, SitePaths.topic(a.lang(), t)), labels.topic(t))).toList(),
                        labels.date(a.updated() != null ? a.updated() : a.published())))
                .toList();
    }
}
