package org.guidepost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.guidepost.concurrent.AllInParallel;
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
 * Renders the pages of a site through the theme's templates and hands them to an {@link OutputSink}.
 * Every page is first planned (path, language versions, what it depends on), then rendered: all of
 * them for a build, or only those a set of changed articles affects for the preview server, through
 * the same code so that both give the same bytes.
 */
public final class SiteRenderer {

    private final Site site;
    private final Theme theme;
    private final TemplateRenderer templates;
    private final PageInfoFactory pageInfos;
    private final ArticleViewFactory articleViews;
    private final LinkResolver resolver;
    private final boolean hasChecklists;

    public SiteRenderer(Site site, Theme theme, boolean hasChecklists) {
        this.site = site;
        this.hasChecklists = hasChecklists;
        this.theme = theme;
        this.templates = new TemplateRenderer(theme.templates());
        this.pageInfos = new PageInfoFactory(site.config(), theme.strings(), hasChecklists);
        this.resolver = new LinkResolver(site);
        this.articleViews = new ArticleViewFactory(site, resolver);
    }

    /** Renders the whole site with its assets and content files; returns the number of HTML pages written. */
    public int render(OutputSink sink) {
        List<PlannedPage> plan = plan();
        write(plan, sink);
        sink.write(SitePaths.ROBOTS, robots().getBytes(StandardCharsets.UTF_8));
        theme.assets().forEach((name, file) -> copyAsset(sink, name, file));
        copyContentFiles(sink);
        return (int) plan.stream().filter(PlannedPage::listed).count() + 2;
    }

    /**
     * Renders only the pages that depend on the given articles (changed, added or deleted since
     * {@code before}, the site as last rendered): their pages in every language; when what lists show
     * of them changed, the lists, topic pages, sources pages and feeds of those languages and the sitemap;
     * when a translation state changed, the translation status. Returns the path of every page the site
     * now has (so that the pages of deleted articles can be removed).
     */
    public Set<String> renderAffected(Site before, Set<String> changedIds, OutputSink sink) {
        ArticleChange change = ArticleChange.between(before, site, changedIds);
        List<PlannedPage> plan = plan();
        write(plan.stream().filter(page -> page.scope().affectedBy(change)).toList(), sink);
        return paths(plan);
    }

    /** The path of every page the site has, without rendering any (pages of deleted articles are not among them). */
    public Set<String> pagePaths() {
        return paths(plan());
    }

    private static Set<String> paths(List<PlannedPage> plan) {
        return plan.stream().map(PlannedPage::path).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static void write(List<PlannedPage> pages, OutputSink sink) {
        AllInParallel.forEach(pages, page -> sink.write(page.path(), page.content().get()));
    }

    /** Every page of the site, cheap to compute: nothing is rendered until a page's content is asked for. */
    private List<PlannedPage> plan() {
        List<PlannedPage> plan = new ArrayList<>();
        site.articles().forEach(article -> plan.add(articlePage(article)));
        Map<String, Set<String>> topicsByLanguage = topicsByLanguage();
        for (LanguageConfig language : site.config().languages()) {
            planLanguage(language.code(), topicsByLanguage, plan);
        }
        plan.add(page(SitePaths.ROOT, Map.of(), PageScope.configuration(), this::renderRoot));
        plan.add(page(SitePaths.NOT_FOUND, Map.of(), PageScope.configuration(), this::renderNotFound));
        plan.add(page(SitePaths.TRANSLATION_STATUS, Map.of(), PageScope.translations(), this::renderTranslationStatus));
        List<PlannedPage> listed = plan.stream().filter(PlannedPage::listed).toList();
        plan.add(page(SitePaths.SITEMAP, Map.of(), PageScope.pages(), () -> renderSitemap(listed)));
        return plan;
    }

    private static PlannedPage page(String path, Map<String, String> versions, PageScope scope, Supplier<byte[]> content) {
        return new PlannedPage(path, versions, scope, content);
    }

    /** A page listed in the sitemap with its language versions (itself only when it has none). */
    private static PlannedPage listedPage(String path, String lang, Map<String, String> counterparts, PageScope scope, Supplier<byte[]> content) {
        return new PlannedPage(path, new TreeMap<>(counterparts.isEmpty() ? Map.of(lang, path) : counterparts), scope, content);
    }

    private PlannedPage articlePage(Article article) {
        Map<String, String> counterparts = new LinkedHashMap<>();
        site.versionsOf(article.id()).forEach(version -> counterparts.put(version.lang(), version.path()));
        return listedPage(article.path(), article.lang(), counterparts, PageScope.article(article.id()), () -> renderArticle(article, counterparts));
    }

    private byte[] renderArticle(Article article, Map<String, String> counterparts) {
        Labels labels = labels(article.lang());
        PageInfo page = pageInfos.create(article.path(), "article", article.lang(), article.title(), article.summary(), counterparts,
                List.of(Map.entry(SitePaths.home(article.lang()), labels.text("home")),
                        Map.entry(SitePaths.section(article.lang(), article.section()), labels.section(article.section()))));
        ArticleView view = articleViews.create(article, labels, page.canonical());
        Map<String, Object> model = model(page);
        model.put("article", view);
        return templates.renderUtf8("article.ftlh", model);
    }

    private void planLanguage(String lang, Map<String, Set<String>> topicsByLanguage, List<PlannedPage> plan) {
        List<Article> articles = site.articlesIn(lang);
        Map<String, List<Article>> bySection = new TreeMap<>();
        articles.forEach(a -> bySection.computeIfAbsent(a.section(), k -> new ArrayList<>()).add(a));
        PageScope scope = PageScope.language(lang);

        String homePath = SitePaths.home(lang);
        plan.add(listedPage(homePath, lang, allLanguages(SitePaths::home), scope, () -> renderHome(lang, bySection)));
        for (Map.Entry<String, List<Article>> section : bySection.entrySet()) {
            String path = SitePaths.section(lang, section.getKey());
            Map<String, String> counterparts = sectionCounterparts(section.getValue().get(0));
            plan.add(listedPage(path, lang, counterparts, scope, () -> renderSection(lang, section.getKey(), section.getValue(), counterparts)));
        }

        Map<String, List<Article>> byTopic = new TreeMap<>();
        articles.forEach(a -> a.topics().forEach(topic -> byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(a)));
        for (Map.Entry<String, List<Article>> topic : byTopic.entrySet()) {
            String path = SitePaths.topic(lang, topic.getKey());
            Map<String, String> counterparts = topicCounterparts(topic.getKey(), topicsByLanguage);
            plan.add(listedPage(path, lang, counterparts, PageScope.topic(lang, topic.getKey()),
                    () -> renderTopic(lang, topic.getKey(), topic.getValue(), counterparts)));
        }
        plan.add(listedPage(SitePaths.topics(lang), lang, allLanguages(SitePaths::topics), scope, () -> renderTopicIndex(lang, byTopic.keySet())));
        plan.add(listedPage(SitePaths.sources(lang), lang, allLanguages(SitePaths::sources), scope, () -> renderSources(lang, articles)));
        plan.add(listedPage(SitePaths.search(lang), lang, allLanguages(SitePaths::search), PageScope.configuration(), () -> renderSearch(lang)));
        plan.add(page(SitePaths.feed(lang), Map.of(), scope, () -> renderFeed(lang, articles)));
    }

    private byte[] renderHome(String lang, Map<String, List<Article>> bySection) {
        Labels labels = labels(lang);
        String homePath = SitePaths.home(lang);
        PageInfo home = pageInfos.create(homePath, "home", lang, site.config().titleIn(lang), labels.text("home_description"),
                allLanguages(SitePaths::home), List.of());
        Map<String, Object> model = model(home);
        model.put("sections", sections(homePath, bySection, labels));
        model.put("notTranslatedAnchor", PageInfoFactory.NOT_TRANSLATED_ANCHOR);
        if (hasChecklists) {
            model.put("checklistLinks", Map.of(
                    "index", new Link(RelativeUrls.between(homePath, SitePaths.checklists(lang)), labels.text("checklists")),
                    "builder", new Link(RelativeUrls.between(homePath, SitePaths.checklistBuilder(lang)), labels.text("builder.title"))));
        }
        return templates.renderUtf8("home.ftlh", model);
    }

    private byte[] renderSection(String lang, String section, List<Article> articles, Map<String, String> counterparts) {
        Labels labels = labels(lang);
        String path = SitePaths.section(lang, section);
        PageInfo page = pageInfos.create(path, "section", lang, labels.section(section), null, counterparts,
                List.of(Map.entry(SitePaths.home(lang), labels.text("home"))));
        Map<String, Object> model = model(page);
        model.put("section", new SectionView(section, labels.section(section), "./", summaries(path, articles, labels)));
        return templates.renderUtf8("section.ftlh", model);
    }

    private byte[] renderTopic(String lang, String topic, List<Article> articles, Map<String, String> counterparts) {
        Labels labels = labels(lang);
        String path = SitePaths.topic(lang, topic);
        PageInfo page = pageInfos.create(path, "topic", lang, labels.topic(topic), null, counterparts,
                List.of(Map.entry(SitePaths.home(lang), labels.text("home")), Map.entry(SitePaths.topics(lang), labels.text("topics"))));
        Map<String, Object> model = model(page);
        model.put("topic", new TopicView(topic, labels.topic(topic), "./", summaries(path, articles, labels)));
        return templates.renderUtf8("topic.ftlh", model);
    }

    private byte[] renderTopicIndex(String lang, Set<String> keys) {
        Labels labels = labels(lang);
        String indexPath = SitePaths.topics(lang);
        List<TopicView> topics = new ArrayList<>();
        for (String key : keys) {
            topics.add(new TopicView(key, labels.topic(key), RelativeUrls.between(indexPath, SitePaths.topic(lang, key)), List.of()));
        }
        topics.sort(Comparator.comparing(TopicView::label));
        PageInfo index = pageInfos.create(indexPath, "topics", lang, labels.text("topics"), null, allLanguages(SitePaths::topics),
                List.of(Map.entry(SitePaths.home(lang), labels.text("home"))));
        Map<String, Object> model = model(index);
        model.put("topics", topics);
        return templates.renderUtf8("topics.ftlh", model);
    }

    private byte[] renderSources(String lang, List<Article> articles) {
        Labels labels = labels(lang);
        String path = SitePaths.sources(lang);
        Map<String, List<Link>> citing = new HashMap<>();
        for (Article article : articles) {
            Link link = new Link(RelativeUrls.between(path, article.path()), article.title());
            new ReferenceNumbering(article).keys().forEach(key -> citing.computeIfAbsent(key, k -> new ArrayList<>()).add(link));
        }
        List<SourceView> sources = new ArrayList<>();
        for (Source source : site.sources().values()) {
            List<Link> citedBy = citing.getOrDefault(source.key(), List.of());
            sources.add(new SourceView(source.key(), "source-" + source.key(), source.type(),
                    ReferenceFormatter.format(source, labels.text("ref.internet")), source.url(),
                    source.accessed() == null ? null : source.accessed().vancouver(), citedBy));
        }
        PageInfo page = pageInfos.create(path, "sources", lang, labels.text("sources"), null, allLanguages(SitePaths::sources),
                List.of(Map.entry(SitePaths.home(lang), labels.text("home"))));
        Map<String, Object> model = model(page);
        model.put("sources", sources);
        return templates.renderUtf8("sources.ftlh", model);
    }

    private byte[] renderSearch(String lang) {
        PageInfo search = pageInfos.create(SitePaths.search(lang), "search", lang, labels(lang).text("search"), labels(lang).text("search_hint"),
                allLanguages(SitePaths::search),
                List.of(Map.entry(SitePaths.home(lang), labels(lang).text("home"))));
        return templates.renderUtf8("search.ftlh", model(search));
    }

    private byte[] renderFeed(String lang, List<Article> articles) {
        PageInfo feedPage = pageInfos.create(SitePaths.feed(lang), "feed", lang, site.config().titleIn(lang), null, Map.of(), List.of());
        Map<String, Object> feed = model(feedPage);
        feed.put("entries", FeedEntries.of(articles, site.config().hasBaseUrl() ? pageInfos::absolute : path -> RelativeUrls.between(SitePaths.feed(lang), path)));
        feed.put("updated", FeedEntries.latest(articles));
        feed.put("feedId", site.config().hasBaseUrl() ? pageInfos.absolute(SitePaths.feed(lang)) : "urn:guidepost:" + Slugifier.slugify(site.config().title()) + ":" + lang);
        return templates.renderUtf8("feed.ftlx", feed);
    }

    private byte[] renderRoot() {
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
        return templates.renderUtf8("root.ftlh", model);
    }

    private byte[] renderNotFound() {
        String lang = site.config().defaultLanguage();
        PageInfo page = pageInfos.create(SitePaths.NOT_FOUND, "404", lang, labels(lang).text("page_not_found"), null, Map.of(), List.of());
        return templates.renderUtf8("404.ftlh", model(page));
    }

    /** The editors' view of translations: a static page, deliberately left out of the reader navigation and sitemap. */
    private byte[] renderTranslationStatus() {
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
        return templates.renderUtf8("translation-status.ftlh", model);
    }

    private byte[] renderSitemap(List<PlannedPage> listed) {
        Map<String, Map<String, String>> entries = new TreeMap<>();
        listed.forEach(page -> entries.put(page.path(), page.versions()));
        List<Map<String, Object>> urls = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : entries.entrySet()) {
            Map<String, Object> url = new LinkedHashMap<>();
            url.put("loc", address(entry.getKey()));
            List<Map<String, String>> alternates = new ArrayList<>();
            Map<String, String> versions = entry.getValue();
            if (versions.size() > 1) {
                versions.forEach((lang, target) -> alternates.add(Map.of("hreflang", lang, "href", address(target))));
            }
            url.put("alternates", alternates);
            urls.add(url);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("urls", urls);
        return templates.renderUtf8("sitemap.ftlx", model);
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

    private Map<String, String> topicCounterparts(String topic, Map<String, Set<String>> topicsByLanguage) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (LanguageConfig language : site.config().languages()) {
            if (topicsByLanguage.getOrDefault(language.code(), Set.of()).contains(topic)) {
                paths.put(language.code(), SitePaths.topic(language.code(), topic));
            }
        }
        return paths;
    }

    private Map<String, Set<String>> topicsByLanguage() {
        Map<String, Set<String>> topics = new HashMap<>();
        site.articles().forEach(a -> topics.computeIfAbsent(a.lang(), k -> new HashSet<>()).addAll(a.topics()));
        return topics;
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
