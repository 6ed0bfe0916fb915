package org.guidepost.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/** Searches a language's Lucene index (as the CLI does) and returns ranked hits with «highlighted» snippets. */
public final class SiteSearcher {

    private static final int SNIPPET_PASSAGES = 2;

    /** Runs {@code query} (Lucene syntax; invalid syntax is read as plain words) against {@code indexRoot/<lang>}. */
    public List<SearchHit> search(Path indexRoot, String lang, String query, int limit) throws IOException {
        try (FSDirectory store = FSDirectory.open(indexRoot.resolve(lang)); DirectoryReader reader = DirectoryReader.open(store)) {
            String analyzerName = reader.getIndexCommit().getUserData().get(SearchIndexBuilder.ANALYZER_KEY);
            Analyzer analyzer = SearchAnalyzers.forLanguage(lang, analyzerName);
            IndexSearcher searcher = new IndexSearcher(reader);
            Query parsed = new SearchQueryParser(analyzer).parseLenient(query);
            TopDocs top = searcher.search(parsed, Math.max(1, limit));
            String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                    .withMaxNoHighlightPassages(0)
                    .build()
                    .highlight(SearchField.BODY.fieldName(), parsed, top, SNIPPET_PASSAGES);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document document = searcher.storedFields().document(scoreDoc.doc);
                String snippet = snippets[i] != null ? snippets[i].strip() : document.get(SearchField.SUMMARY.fieldName());
                hits.add(new SearchHit(document.get(SearchIndexBuilder.URL_FIELD), document.get(SearchField.TITLE.fieldName()),
                        snippet == null ? "" : snippet, scoreDoc.score));
            }
            return hits;
        }
    }
}
