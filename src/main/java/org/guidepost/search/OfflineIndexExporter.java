package org.guidepost.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.guidepost.text.Json;
import org.guidepost.text.LatinFolding;

/**
 * Derives the offline index from Lucene's analysis and BM25 scores: per language {@code search/<lang>/meta.js} (analysis settings,
 * shard boundaries, topics), {@code t<i>.js} (vocabulary and impact postings of a key range), {@code x<i>.js}
 * (positions of the same range, loaded for phrases only), {@code d/<n/100>/<n>.js} (one page: URL, title, topics, summary, excerpts),
 * {@code topics.js} (pages per topic); and {@code search/languages.js}. Every file is a script calling
 * {@code GuidepostSearch.register(name, data)}.
 */
public final class OfflineIndexExporter {

    /** Format version the browser engine checks. */
    static final int FORMAT = 2;
    /** Target size of a term shard in characters. */
    static final int SHARD_TARGET = 12_000;
    /** Pages per folder under {@code d/}, to keep folders small on FAT-formatted sticks. */
    static final int DOCS_PER_FOLDER = 100;

    /**
     * Writes {@code out/search/} for every language, replacing earlier output: each language's pages are analyzed once,
     * inverted in memory and exported; languages are processed in parallel.
     */
    public void export(List<SearchLanguage> languages, List<SearchDocument> documents, Path out) throws IOException {
        Path searchDir = out.resolve("search");
        Files.createDirectories(searchDir);
        int threads = Math.max(1, Math.min(languages.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> tasks = new ArrayList<>();
            for (SearchLanguage language : languages) {
                tasks.add(pool.submit(() -> {
                    exportLanguage(language, SearchIndexBuilder.ofLanguage(documents, language.code()), searchDir.resolve(language.code()));
                    return null;
                }));
            }
            for (Future<Void> task : tasks) {
                await(task);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> languageList = new ArrayList<>();
        for (SearchLanguage language : languages) {
            languageList.add(Map.of("code", language.code()));
        }
        writeScript(searchDir.resolve("languages.js"), "languages", languageList);
    }

    private static void await(Future<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while exporting the search index");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void exportLanguage(SearchLanguage language, List<SearchDocument> documents, Path dir) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        String code = language.code();
        AnalyzerProfile profile = SearchAnalyzers.profile(code, language.analyzer());
        AnalyzedPages analyzed = new AnalyzedPages(new LanguageAnalyzer(profile), documents);
        SortedMap<String, List<Integer>> docsByTopic = writePages(code, documents, analyzed, dir);
        TermIds terms = analyzed.terms();
        SortedMap<String, List<String>> vocabulary = analyzed.surfaceForms().vocabulary(terms::contains);
        PostingsCollector collector = new PostingsCollector(analyzed, documents.size());
        List<TermPostings> postings = new ArrayList<>();
        for (int term : terms.inTermOrder()) {
            postings.add(collector.collect(term));
        }
        List<String> boundaries = planShards(vocabulary, postings);
        writeShards(code, dir, boundaries, vocabulary, postings);
        writeMeta(profile, code, documents.size(), docsByTopic, boundaries, dir);
    }

    /** One script per page (URL, title, summary, topics, excerpts); returns the pages of every topic. */
    private static SortedMap<String, List<Integer>> writePages(String code, List<SearchDocument> documents, AnalyzedPages analyzed,
            Path dir) throws IOException {
        ExcerptSelector excerptSelector = new ExcerptSelector(Locale.forLanguageTag(code), analyzed.terms(), analyzed.bodyWeights());
        SortedMap<String, List<Integer>> docsByTopic = new TreeMap<>();
        for (int doc = 0; doc < documents.size(); doc++) {
            SearchDocument document = documents.get(doc);
            List<String> topics = document.topics().stream().map(SearchIndexBuilder::normalize).toList();
            for (String topic : topics) {
                docsByTopic.computeIfAbsent(topic, key -> new ArrayList<>()).add(doc);
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("u", document.url());
            page.put("t", SearchIndexBuilder.normalize(document.title()));
            page.put("s", SearchIndexBuilder.normalize(document.summary()));
            page.put("tp", topics);
            page.put("x", excerptSelector.select(SearchIndexBuilder.normalize(document.body()), analyzed.bodyTerms(doc), analyzed.bodyStarts(doc)));
            Path folder = dir.resolve("d").resolve(Integer.toString(doc / DOCS_PER_FOLDER));
            if (doc % DOCS_PER_FOLDER == 0) {
                Files.createDirectories(folder);
            }
            writeScript(folder.resolve(doc + ".js"), code + "/d/" + (doc / DOCS_PER_FOLDER) + "/" + doc, page);
        }
        return docsByTopic;
    }

    private static void writeMeta(AnalyzerProfile profile, String code, int docCount, SortedMap<String, List<Integer>> docsByTopic,
            List<String> boundaries, Path dir) throws IOException {
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
        meta.put("fields", Arrays.stream(SearchField.values()).map(SearchField::fieldName).toList());
        meta.put("topics", List.copyOf(docsByTopic.keySet()));
        meta.put("shards", boundaries);
        writeScript(dir.resolve("meta.js"), code + "/meta", meta);
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

    /** Writes a script into an existing folder. */
    private static void writeScript(Path file, String name, Object data) throws IOException {
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
