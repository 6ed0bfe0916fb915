package org.guidepost.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes one Lucene index per language (documents in URL order, one segment) on disk, with stored fields and offsets
 * for the CLI's searcher and highlighter.
 */
public final class SearchIndexBuilder {

    /** Stored field holding the page URL relative to the site root. */
    public static final String URL_FIELD = "url";
    /** Commit data key recording the analyzer the index was built with. */
    public static final String ANALYZER_KEY = "guidepost.analyzer";

    private static final FieldType TEXT = textFieldType();

    /** Builds {@code root/<code>} for every language; documents of other languages are ignored. */
    public void build(Path root, List<SearchLanguage> languages, List<SearchDocument> documents) throws IOException {
        for (SearchLanguage language : languages) {
            Path directory = root.resolve(language.code());
            Files.createDirectories(directory);
            try (FSDirectory store = FSDirectory.open(directory)) {
                index(store, SearchAnalyzers.profile(language.code(), language.analyzer()), ofLanguage(documents, language.code()));
            }
        }
    }

    /** The documents of one language in index order (by URL). */
    static List<SearchDocument> ofLanguage(List<SearchDocument> documents, String code) {
        return documents.stream().filter(document -> document.lang().equals(code)).sorted(Comparator.comparing(SearchDocument::url)).toList();
    }

    /** Indexes documents (in index order) into one segment, storing values, URLs and offsets. */
    private static void index(Directory store, AnalyzerProfile profile, List<SearchDocument> documents) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new LanguageAnalyzer(profile)).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128);
        try (IndexWriter writer = new IndexWriter(store, config)) {
            for (SearchDocument document : documents) {
                writer.addDocument(toLucene(document));
            }
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(ANALYZER_KEY, profile.name()).entrySet());
            writer.commit();
        }
    }

    private static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(URL_FIELD, source.url(), Field.Store.YES));
        for (SearchField field : SearchField.values()) {
            for (String value : field.values(source)) {
                document.add(new Field(field.fieldName(), value, TEXT));
            }
        }
        return document;
    }

    /** The text form every side of the search agrees on: Unicode NFC. */
    static String normalize(String text) {
        // checking is cheaper than normalizing, which copies even text already in NFC
        return isPlainlyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether every char is one of those that are in NFC alone and next to any other of them, so the text is in NFC
     * without the normalizer's check (slow in the quick compiler): below U+0300, where combining marks begin (English),
     * the precomposed letters U+1E00–U+1EFF (Vietnamese) and the dashes, quotes and dots U+2010–U+2027.
     */
    static boolean isPlainlyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u1e00' || c >= '\u1f00') && (c < '\u2010' || c >= '\u2028')) {
                return false;
            }
        }
        return true;
    }

    private static FieldType textFieldType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
