import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor under Guidepost's loading step: flexmark-java alone parsing and rendering every article body of a content
 * folder, with the extensions Guidepost enables, on one thread per core, no Guidepost code. Run by flexmark-floor.sh.
 */
public class FlexmarkFloor {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FlexmarkFloor CONTENT_DIR PASSES");
            System.exit(2);
        }
        List<String> bodies;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            bodies = files.filter(file -> file.toString().endsWith(".md")).sorted().map(FlexmarkFloor::body).toList();
        }
        long chars = bodies.stream().mapToLong(String::length).sum();
        DataHolder options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), FootnoteExtension.create(), TocExtension.create(), AttributesExtension.create())).toImmutable();
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("%,d bodies, %,d chars, %d threads%n", bodies.size(), chars, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int pass = 1; pass <= Integer.parseInt(args[1]); pass++) {
            AtomicLong cpuNanos = new AtomicLong();
            long start = System.nanoTime();
            int perThread = (bodies.size() + threads - 1) / threads;
            List<Future<?>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<String> part = bodies.subList(Math.min(bodies.size(), t * perThread), Math.min(bodies.size(), (t + 1) * perThread));
                parts.add(pool.submit(() -> {
                    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    for (String body : part) {
                        renderer.render(parser.parse(body));
                    }
                    cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            System.out.printf("pass %d: wall %.1f s, CPU %.1f s (%.2f ms per body)%n", pass, (System.nanoTime() - start) / 1e9,
                    cpuNanos.get() / 1e9, cpuNanos.get() / 1e6 / bodies.size());
        }
        pool.shutdown();
    }

    /** The Markdown after the front matter (the second "---" line). */
    private static String body(Path file) {
        try {
            String text = Files.readString(file);
            int close = text.indexOf("\n---", 3);
            return close < 0 ? text : text.substring(close + 4);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
