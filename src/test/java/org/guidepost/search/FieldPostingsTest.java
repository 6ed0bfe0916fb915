package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's own inverted lists against Lucene's index of the same pages: same documents, same BM25 scores. */
class FieldPostingsTest {

    @TempDir
    Path work;

    @Test
    void everyTermScoresAsLucenesBoostedTermQuery() throws IOException {
        for (String code : List.of("en", "vi")) {
            new SearchIndexBuilder().build(work, List.of(new SearchLanguage(code, null)), BreastfeedingCorpus.documents());
            List<SearchDocument> documents = SearchIndexBuilder.ofLanguage(BreastfeedingCorpus.documents(), code);
            AnalyzedPages analyzed = new AnalyzedPages(SearchAnalyzers.profile(code, null), documents);
            try (FSDirectory store = FSDirectory.open(work.resolve(code)); DirectoryReader reader = DirectoryReader.open(store)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int term = 0; term < analyzed.terms().size(); term++) {
                    String text = analyzed.terms().term(term);
                    for (SearchField field : SearchField.values()) {
                        if (analyzed.postings(field).docFreq(term) > 0) {
                            assertEquals(luceneScores(searcher, field, text, documents.size()), scores(analyzed.postings(field).cursor(term, text)),
                                    code + " " + field.fieldName() + ":" + text);
                        }
                    }
                }
            }
        }
    }

    private static Map<Integer, Float> luceneScores(IndexSearcher searcher, SearchField field, String term, int docCount) throws IOException {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(new BoostQuery(new TermQuery(new Term(field.fieldName(), term)), field.boost()), docCount).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    private static Map<Integer, Float> scores(FieldPostings.Cursor cursor) {
        Map<Integer, Float> scores = new HashMap<>();
        for (; cursor.hasDoc(); cursor.next()) {
            scores.put(cursor.doc(), cursor.score());
        }
        return scores;
    }
}
