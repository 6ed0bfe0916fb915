package org.guidepost.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.guidepost.io.FileTrees;
import org.guidepost.text.Json;
import org.guidepost.text.LatinFolding;

/**
 * Derives the offline index from Lucene's analysis and BM25 scores: per language {@code search/<lang>/meta.js} (analysis settings,
 * shard boundaries, topics), {@code t<i>.js} (vocabulary and impact postings of a key range), {@code x<i>.js}
 * (positions of the same range, loaded for phrases only), {@code d/<g/100>/<g>.js} (pages 4g to 4g+3: URL, title, topics, summary, excerpts),
 * {@code topics.js} (pages per topic); and {@code search/languages.js}. Every file is a script calling
 * {@code GuidepostSearch.register(name, data)}.
 */
public final class OfflineIndexExporter {

    /** Format version the browser engine checks. */
    static final int FORMAT = 3;
    /** Target size of a term shard in characters. */
    static final int SHARD_TARGET = 12_000;
    /**
     * Pages per script under {@code d/}: a result list of 10 loads 10 scripts of 4 pages (about 25 KB), and a site writes
     * a quarter of the small files it would with one page each, which on a FAT-formatted stick take a 32 KB cluster each.
     */
    static final int PAGES_PER_FILE = 4;
    /** Scripts per folder under {@code d/}, to keep folders small on FAT-formatted sticks. */
    static final int FILES_PER_FOLDER = 100;

    /**
     * Writes {@code out/search/} for every language, replacing earlier output: each language's pages are analyzed once and
     * inverted in memory, then its page scripts and its index (vocabulary, postings, metadata) are written. Languages,
     * and a language's pages and index, are processed in parallel; each file has a single writer, so the output does not
     * depend on the scheduling.
     */
    public void export(List<SearchLanguage> languages, List<SearchDocument> documents, Path out) throws IOException {
        Path searchDir = out.resolve("search");
        Files.createDirectories(searchDir);
        int threads = Math.max(1, Math.min(2 * languages.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Void>> tasks = new ArrayList<>();
            for (SearchLanguage language : languages) {
                Path dir = searchDir.resolve(language.code());
                FileTrees.delete(dir);
                Files.createDirectories(dir);
                CompletableFuture<AnalyzedLanguage> analyzed = CompletableFuture.supplyAsync(
                        () -> analyze(language, SearchIndexBuilder.ofLanguage(documents, language.code()), dir), pool);
                tasks.add(analyzed.thenAcceptAsync(unchecked(OfflineIndexExporter::writePages), pool));
                tasks.add(analyzed.thenAcceptAsync(unchecked(OfflineIndexExporter::writeIndex), pool));
            }
            await(CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)));
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> languageList = new ArrayList<>();
        for (SearchLanguage language : languages) {
            languageList.add(Map.of("code", language.code()));
        }
        writeScript(searchDir.resolve("languages.js"), "languages", languageList);
    }

    /** A language's pages (in index order), analyzed, and the folder its export goes to. */
    private record AnalyzedLanguage(String code, AnalyzerProfile profile, List<SearchDocument> documents, AnalyzedPages pages, Path dir) {
    }

    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static <T> Consumer<T> unchecked(IoConsumer<T> consumer) {
        return value -> {
            try {
                consumer.accept(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void await(Future<Void> tasks) throws IOException {
        try {
            tasks.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while exporting the search index");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static AnalyzedLanguage analyze(SearchLanguage language, List<SearchDocument> documents, Path dir) {
        AnalyzerProfile profile = SearchAnalyzers.profile(language.code(), language.analyzer());
        return new AnalyzedLanguage(language.code(), profile, documents, new AnalyzedPages(profile, documents), dir);
    }

    /** The shards of vocabulary and postings, the topics and the metadata. */
    private static void writeIndex(AnalyzedLanguage language) throws IOException {
        TermIds terms = language.pages().terms();
        SortedMap<String, List<String>> vocabulary = language.pages().surfaceForms().vocabulary(terms::contains);
        PostingsCollector collector = new PostingsCollector(language.pages(), language.documents().size());
        List<TermPostings> postings = new ArrayList<>();
        for (int term : terms.inTermOrder()) {
            postings.add(collector.collect(term));
        }
        List<String> boundaries = planShards(vocabulary, postings);
        writeShards(language.code(), language.dir(), boundaries, vocabulary, postings);
        writeMeta(language, boundaries);
    }

    /** The pages (URL, title, summary, topics, excerpts), a few consecutive ones to a script. */
    private static void writePages(AnalyzedLanguage language) throws IOException {
        String code = language.code();
        AnalyzedPages analyzed = language.pages();
        ExcerptSelector excerptSelector = new ExcerptSelector(analyzed.bodyWeights());
        List<Map<String, Object>> group = new ArrayList<>();
        for (int doc = 0; doc < language.documents().size(); doc++) {
            SearchDocument document = language.documents().get(doc);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("u", document.url());
            page.put("t", document.title());
            page.put("s", document.summary());
            page.put("tp", document.topics());
            page.put("x", excerptSelector.select(document.body(), analyzed.bodyTerms(doc), analyzed.bodyStarts(doc)));
            group.add(page);
            if (group.size() == PAGES_PER_FILE || doc == language.documents().size() - 1) {
                writePageGroup(language.dir(), code, doc / PAGES_PER_FILE, group);
                group = new ArrayList<>();
            }
        }
    }

    private static void writePageGroup(Path languageDir, String code, int index, List<Map<String, Object>> pages) throws IOException {
        int folder = index / FILES_PER_FOLDER;
        Path dir = languageDir.resolve("d").resolve(Integer.toString(folder));
        if (index % FILES_PER_FOLDER == 0) {
            Files.createDirectories(dir);
        }
        writeScript(dir.resolve(index + ".js"), code + "/d/" + folder + "/" + index, pages);
    }

    private static void writeMeta(AnalyzedLanguage language, List<String> boundaries) throws IOException {
        String code = language.code();
        SortedMap<String, List<Integer>> docsByTopic = new TreeMap<>();
        for (int doc = 0; doc < language.documents().size(); doc++) {
            for (String topic : language.documents().get(doc).topics()) {
                docsByTopic.computeIfAbsent(topic, key -> new ArrayList<>()).add(doc);
            }
        }
        Map<String, Object> topicFile = new LinkedHashMap<>();
        docsByTopic.forEach((topic, docs) -> topicFile.put(topic, encodeDocs(docs)));
        writeScript(language.dir().resolve("topics.js"), code + "/topics", topicFile);

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("lang", code);
        meta.put("analyzer", language.profile().name());
        meta.put("segmentation", language.profile().segmentation().exportName());
        meta.put("stop", language.profile().sortedStopWords());
        meta.put("docs", language.documents().size());
        meta.put("pagesPerFile", PAGES_PER_FILE);
        meta.put("folder", FILES_PER_FOLDER);
        meta.put("fields", Arrays.stream(SearchField.values()).map(SearchField::fieldName).toList());
        meta.put("topics", List.copyOf(docsByTopic.keySet()));
        meta.put("shards", boundaries);
        writeScript(language.dir().resolve("meta.js"), code + "/meta", meta);
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
}
