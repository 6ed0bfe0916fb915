package org.guidepost.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.guidepost.content.Article;
import org.guidepost.content.ArticleStatus;
import org.guidepost.content.LinkResolver;
import org.guidepost.content.Site;
import org.guidepost.content.Source;
import org.guidepost.content.TranslationState;
import org.guidepost.render.model.ArticleView;
import org.guidepost.render.model.Link;
import org.guidepost.render.model.Reference;
import org.guidepost.render.model.TocEntry;
import org.guidepost.text.Json;

/** Computes everything an article page shows: body with resolved links, numbered references, review data, JSON-LD. */
final class ArticleViewFactory {

    private final Site site;
    private final BodyLinkRewriter links;
    /** By language and source key: what every page citing the source shows of it, made once (pages render in parallel). */
    private final Map<String, CitedSource> citedSources = new ConcurrentHashMap<>();

    private record CitedSource(String referenceText, String accessed, Json.Raw creativeWork) {
    }

    ArticleViewFactory(Site site, LinkResolver resolver) {
        this.site = site;
        this.links = new BodyLinkRewriter(resolver);
    }

    ArticleView create(Article article, Labels labels, String canonical) {
        String page = article.path();
        ReferenceNumbering numbering = new ReferenceNumbering(article);
        String body = links.rewrite(article, article.markdown().renderHtml(numbering));
        List<Json.Raw> citations = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        for (String key : numbering.keys()) {
            Source source = site.sources().get(key);
            if (source == null) {
                continue;
            }
            CitedSource cited = citedSources.computeIfAbsent(labels.lang() + "\u0000" + key, unused -> new CitedSource(
                    ReferenceFormatter.format(source, labels.text("ref.internet")),
                    source.accessed() == null ? null : source.accessed().vancouver(), JsonLd.creativeWork(source)));
            citations.add(cited.creativeWork());
            int number = numbering.numberOf(key).orElseThrow();
            references.add(new Reference(number, "ref-" + number, cited.referenceText(), source.url(), cited.accessed(),
                    numbering.isCitedInline(key), RelativeUrls.between(page, SitePaths.sources(article.lang())) + "#source-" + key));
        }
        List<Link> topics = article.topics().stream()
                .map(key -> new Link(RelativeUrls.between(page, SitePaths.topic(article.lang(), key)), labels.topic(key))).toList();
        List<TocEntry> toc = article.markdown().headings().stream()
                .filter(h -> h.level() >= 2 && h.level() <= 3)
                .map(h -> new TocEntry(h.level(), h.text(), "#" + h.id())).toList();
        TranslationState state = TranslationState.of(site, article);
        Optional<Article> source = site.sourceOf(article);
        Link outdatedSource = state == TranslationState.OUTDATED && source.isPresent()
                ? new Link(RelativeUrls.between(page, source.get().path()),
                        site.config().language(source.get().lang()).orElseThrow().name())
                : null;
        return new ArticleView(article.id(), article.title(), article.summary(), body, article.authors(), article.reviewedBy(),
                article.reviewedBy() != null, labels.date(article.lastReviewed()), labels.date(article.nextReview()),
                labels.date(article.published()), labels.date(article.updated()), List.copyOf(references), topics, toc,
                new Link(RelativeUrls.between(page, SitePaths.section(article.lang(), article.section())), labels.section(article.section())),
                article.isTranslation(), article.isTranslation() && article.translation().isReviewed(), outdatedSource,
                JsonLd.medicalWebPage(article, citations, labels, canonical), article.status() == ArticleStatus.DRAFT);
    }
}
