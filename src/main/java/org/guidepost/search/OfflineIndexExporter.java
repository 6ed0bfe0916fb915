package org.guidepost.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.guidepost.text.Json;
import org.guidepost.text.LatinFolding;

/**
 * Derives the offline index from the Lucene indexes: per language {@code search/<lang>/meta.js} (analysis settings,
 * shard boundaries, topics), {@code t<i>.js} (vocabulary and impact postings of a key range), {@code x<i>.js}
 * (positions of the same range), {@code d/<n/100>/<n>.js} (one page: URL, title, topics, summary, excerpts),
 * {@code topics.js} (pages per topic); and {@code search/languages.js}. Every file is a script calling
 * {@code GuidepostSearch.register(name, data)}.
 */
public final class OfflineIndexExporter {

    /** Format version the browser engine checks. */
    static final int FORMAT = 1;
    /** Target size of a term shard in characters. */
    static final int SHARD_TARGET = 12_000;
    /** Pages per folder under {@code d/}, to keep folders small on FAT-formatted sticks. */
    static final int DOCS_PER_FOLDER = 100;

    /** Writes {@code out/search/} from {@code luceneRoot/<lang>} for every language, replacing earlier output. */
    public void export(Path luceneRoot, List<SearchLanguage> languages, Path out) throws IOException {
        Path searchDir = out.resolve("search");
        List<Map<String, Object>> languageList = new ArrayList<>();
        for (SearchLanguage language : languages) {
            Path languageDir = searchDir.resolve(language.code());
            deleteRecursively(languageDir);
            try (FSDirectory store = FSDirectory.open(luceneRoot.resolve(language.code()));
                    DirectoryReader reader = DirectoryReader.open(store)) {
                exportLanguage(reader, language.code(), languageDir);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", language.code());
            languageList.add(entry);
        }
        writeScript(searchDir.resolve("languages.js"), "languages", languageList);
    }

    private void exportLanguage(DirectoryReader reader, String code, Path dir) throws IOException {
        String analyzerName = reader.getIndexCommit().getUserData().get(SearchIndexBuilder.ANALYZER_KEY);
        AnalyzerProfile profile = SearchAnalyzers.profile(code, analyzerName);
        Analyzer analyzer = new LanguageAnalyzer(profile);
        SurfaceForms surfaceForms = new SurfaceForms(analyzer);
        ExcerptSelector excerptSelector = new ExcerptSelector(Locale.forLanguageTag(code));
        Map<String, Double> bodyWeights = new HashMap<>();
        SortedMap<String, List<Integer>> docsByTopic = new TreeMap<>();
        int docCount = reader.maxDoc();
        for (int doc = 0; doc < docCount; doc++) {
            Document stored = reader.storedFields().document(doc);
            List<ExcerptSelector.Token> bodyTokens = new ArrayList<>();
            for (SearchField field : SearchField.values()) {
                for (String value : stored.getValues(field.fieldName())) {
                    List<ExcerptSelector.Token> tokens = surfaceForms.add(field.fieldName(), value);
                    if (field == SearchField.BODY) {
                        bodyTokens.addAll(tokens);
                    }
                }
            }
            for (ExcerptSelector.Token token : bodyTokens) {
                bodyWeights.computeIfAbsent(token.term(), term -> inverseFrequency(reader, term));
            }
            String body = stored.get(SearchField.BODY.fieldName());
            List<String> excerpts = excerptSelector.select(body == null ? "" : body, bodyTokens, bodyWeights);
            List<String> topics = Arrays.asList(stored.getValues(SearchField.TOPICS.fieldName()));
            for (String topic : topics) {
                docsByTopic.computeIfAbsent(topic, key -> new ArrayList<>()).add(doc);
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("u", stored.get(SearchIndexBuilder.URL_FIELD));
            page.put("t", stored.get(SearchField.TITLE.fieldName()));
            page.put("s", stored.get(SearchField.SUMMARY.fieldName()));
            page.put("tp", topics);
            page.put("x", excerpts);
            String name = code + "/d/" + (doc / DOCS_PER_FOLDER) + "/" + doc;
            writeScript(dir.resolve("d").resolve(Integer.toString(doc / DOCS_PER_FOLDER)).resolve(doc + ".js"), name, page);
        }

        Map<String, Set<String>> fieldsByTerm = indexedTerms(reader);
        SortedMap<String, List<String>> vocabulary = surfaceForms.vocabulary(fieldsByTerm.keySet());
        List<TermPostings> postings = new ArrayList<>();
        if (!reader.leaves().isEmpty()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            LeafReaderContext leaf = reader.leaves().get(0);
            PostingsCollector collector = new PostingsCollector(searcher, leaf);
            for (Map.Entry<String, Set<String>> term : fieldsByTerm.entrySet()) {
                postings.add(collector.collect(term.getKey(), term.getValue()));
            }
        }
        List<String> boundaries = planShards(vocabulary, postings);
        writeShards(code, dir, boundaries, vocabulary, postings);

        Map<String, Object> topicFile = new LinkedHashMap<>();
        docsByTopic.forEach((topic, docs) -> topicFile.put(topic, encodeDocs(docs)));
        writeScript(dir.resolve("topics.js"), code + "/topics", topicFile);

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("lang", code);
        meta.put("analyzer", profile.name());
        meta.put("segmentation", profile.segmentation().exportName());
        meta.put("stop", profile.sortedStopWords());
        meta.put("docs", docCount);
        meta.put("folder", DOCS_PER_FOLDER);
        meta.put("scale", PostingsCollector.SCALE);
        meta.put("fields", Arrays.stream(SearchField.values()).map(SearchField::fieldName).toList());
        meta.put("topics", List.copyOf(docsByTopic.keySet()));
        meta.put("shards", boundaries);
        writeScript(dir.resolve("meta.js"), code + "/meta", meta);
    }

    private static double inverseFrequency(DirectoryReader reader, String term) {
        try {
            int docFreq = reader.docFreq(new Term(SearchField.BODY.fieldName(), term));
            return Math.log(1 + (reader.maxDoc() + 1.0) / (docFreq + 1.0));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every term of every search field, sorted, with the fields it occurs in. */
    private static Map<String, Set<String>> indexedTerms(DirectoryReader reader) throws IOException {
        Map<String, Set<String>> fieldsByTerm = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (SearchField field : SearchField.values()) {
                Terms terms = leaf.reader().terms(field.fieldName());
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    fieldsByTerm.computeIfAbsent(term.utf8ToString(), key -> new TreeSet<>()).add(field.fieldName());
                }
            }
        }
        return fieldsByTerm;
    }

    private static List<String> planShards(SortedMap<String, List<String>> vocabulary, List<TermPostings> postings) {
        SortedMap<String, Integer> sizeByKey = new TreeMap<>();
        vocabulary.forEach((word, terms) -> sizeByKey.merge(LatinFolding.fold(word), word.length() + 6 + terms.toString().length(), Integer::sum));
        for (TermPostings term : postings) {
            sizeByKey.merge(term.shardKey(), term.term().length() + 6 + term.postings().length(), Integer::sum);
        }
        return ShardPlanner.boundaries(sizeByKey, SHARD_TARGET);
    }

    private static void writeShards(String code, Path dir, List<String> boundaries, SortedMap<String, List<String>> vocabulary,
            List<TermPostings> postings) throws IOException {
        List<Map<String, Object>> words = new ArrayList<>();
        List<Map<String, Object>> impacts = new ArrayList<>();
        List<Map<String, Object>> positions = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            words.add(new TreeMap<>());
            impacts.add(new TreeMap<>());
            positions.add(new TreeMap<>());
        }
        vocabulary.forEach((word, terms) -> words.get(ShardPlanner.shardOf(boundaries, LatinFolding.fold(word)))
                .put(word, terms.equals(List.of(word)) ? Integer.valueOf(0) : terms.size() == 1 ? terms.get(0) : terms));
        for (TermPostings term : postings) {
            int shard = ShardPlanner.shardOf(boundaries, term.shardKey());
            impacts.get(shard).put(term.term(), term.postings());
            if (!term.positions().isEmpty()) {
                positions.get(shard).put(term.term(), term.positions());
            }
        }
        for (int i = 0; i < boundaries.size(); i++) {
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("v", words.get(i));
            shard.put("p", impacts.get(i));
            writeScript(dir.resolve("t" + i + ".js"), code + "/t" + i, shard);
            writeScript(dir.resolve("x" + i + ".js"), code + "/x" + i, positions.get(i));
        }
    }

    private static String encodeDocs(List<Integer> docs) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int doc : docs) {
            CompactCodec.append(out, doc - previous);
            previous = doc;
        }
        return out.toString();
    }

    private static void writeScript(Path file, String name, Object data) throws IOException {
        Files.createDirectories(file.getParent());
        String script = "GuidepostSearch.register(" + Json.write(name) + "," + Json.write(data) + ");\n";
        Files.writeString(file, script, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
