package org.guidepost.site;

import java.util.List;
import java.util.Objects;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.markdown.Heading;
import org.guidepost.render.Labels;
import org.guidepost.render.ReferenceNumbering;
import org.guidepost.render.UiStrings;
import org.guidepost.search.SearchDocument;
import org.guidepost.search.SearchLanguage;

/** What the search index sees of a site: one document per article page, and each language's analyzer choice. */
final class SearchDocuments {

    private SearchDocuments() {
    }

    static List<SearchDocument> of(Site site, UiStrings strings) {
        return site.articles().stream().map(article -> document(site, article, labels(site, strings, article.lang()))).toList();
    }

    static List<SearchLanguage> languages(Site site) {
        return site.config().languages().stream().map(l -> new SearchLanguage(l.code(), l.analyzer())).toList();
    }

    private static SearchDocument document(Site site, Article article, Labels labels) {
        List<String> sourceTitles = new ReferenceNumbering(article).keys().stream()
                .map(site.sources()::get).filter(Objects::nonNull).map(source -> source.title()).toList();
        return new SearchDocument(article.lang(), article.path(), article.title(), article.summary() == null ? "" : article.summary(),
                article.markdown().headings().stream().map(Heading::text).toList(), article.markdown().plainText(),
                article.topics().stream().map(labels::topic).toList(), sourceTitles);
    }

    private static Labels labels(Site site, UiStrings strings, String lang) {
        LanguageConfig language = site.config().language(lang).orElseThrow();
        return new Labels(strings, lang, language.locale());
    }
}
