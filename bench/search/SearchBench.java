// Search benchmark (issue 4): Guidepost's offline search opened by file:// vs Pagefind served over HTTP, both in headless Chromium.
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

public class SearchBench {

    static final Map<String, List<String>> QUERIES = Map.of(
            "en", List.of("milk supply", "newborn jaundice", "breastfeeding", "fever", "vaccination schedule", "skin contact",
                    "latch position", "iron vitamin", "dehydration", "night feeding", "hospital", "formula bottle",
                    "postpartum bleeding", "antibiotic medicine", "hand washing"),
            "vi", List.of("sữa mẹ", "cho con bú", "vàng da", "tiêm chủng", "dinh dưỡng", "bác sĩ", "tiêu chảy", "thiếu máu",
                    "nhiệt độ", "bình sữa", "ngậm bắt vú", "rửa tay", "buổi tối", "trầm cảm", "kháng sinh"));

    static final String GUIDEPOST_QUERY = "var done = arguments[arguments.length - 1];"
            + "var root = document.getElementById('gp-search').getAttribute('data-root') || '';"
            + "window.benchEngine = window.benchEngine || GuidepostSearch.create({ root: root });"
            + "var start = performance.now();"
            + "window.benchEngine.search(arguments[0], { lang: arguments[1], limit: 10 }).then(function (r) {"
            + "  done({ ms: performance.now() - start, total: r.total }); }, function (e) { done({ error: String(e) }); });";
    static final String PAGEFIND_QUERY = "var done = arguments[arguments.length - 1], query = arguments[0];"
            + "(async function () {"
            + "  window.benchPagefind = window.benchPagefind || await import('/pagefind/pagefind.js');"
            + "  var start = performance.now();"
            + "  var search = await window.benchPagefind.search(query);"
            + "  await Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); }));"
            + "  done({ ms: performance.now() - start, total: search.results.length });"
            + "})().catch(function (e) { done({ error: String(e) }); });";

    record Session(List<Long> bytes, List<Double> millis, List<Long> totals) {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path guidepost = Path.of(args[0]).toAbsolutePath();
        Path hugo = Path.of(args[1]).toAbsolutePath();
        Queue<Path> sent = new ConcurrentLinkedQueue<>();
        HttpServer server = serve(hugo, sent);
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        long guidepostIndex = bytes(guidepost.resolve("search")) + Files.size(guidepost.resolve("assets/search.js"))
                + Files.size(guidepost.resolve("assets/search-ui.js"));
        long pagefindIndex = bytes(hugo.resolve("pagefind"));
        List<String[]> rows = new ArrayList<>();
        List<Double> guidepostMillis = new ArrayList<>();
        List<Double> pagefindMillis = new ArrayList<>();
        rows.add(row("total index bytes (library included)", guidepostIndex, pagefindIndex));
        try {
            for (String lang : List.of("vi", "en")) {
                List<String> queries = QUERIES.get(lang);
                Session ours = session(guidepost.resolve(lang + "/search/index.html").toUri().toString(), GUIDEPOST_QUERY, lang, queries,
                        SearchBench::requestedFiles, file -> file.startsWith(guidepost.resolve("search"))
                                || file.getFileName().toString().matches("search(-ui)?\\.js"));
                Session theirs = session(origin + "/" + lang + "/index.html", PAGEFIND_QUERY, lang, queries,
                        driver -> drain(sent), file -> file.startsWith(hugo.resolve("pagefind")));
                guidepostMillis.addAll(ours.millis());
                pagefindMillis.addAll(theirs.millis());
                rows.add(row(lang + " first query \"" + queries.get(0) + "\", bytes loaded (library included)", ours.bytes().get(0), theirs.bytes().get(0)));
                rows.add(row(lang + " then \"" + queries.get(1) + "\", bytes added", ours.bytes().get(1), theirs.bytes().get(1)));
                rows.add(row(lang + " results of \"" + queries.get(0) + "\"", ours.totals().get(0), theirs.totals().get(0)));
            }
        } finally {
            server.stop(0);
        }
        rows.add(row("query latency, median (ms)", percentile(guidepostMillis, 50), percentile(pagefindMillis, 50)));
        rows.add(row("query latency, p95 (ms)", percentile(guidepostMillis, 95), percentile(pagefindMillis, 95)));
        System.out.println("| " + guidepostMillis.size() + " queries, en + vi | Guidepost (file://) | Pagefind (HTTP) | Guidepost / Pagefind |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
    }

    /** One browser session on one language: a page load, then every query in turn; bytes of the search files each query added. */
    static Session session(String page, String script, String lang, List<String> queries, Function<ChromeDriver, List<Path>> requested,
            Predicate<Path> counted) throws IOException {
        Path profile = Files.createTempDirectory("search-bench-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            Set<Path> loaded = new LinkedHashSet<>();
            driver.get(page);
            long pageBytes = newBytes(requested.apply(driver), counted, loaded);
            List<Long> bytes = new ArrayList<>();
            List<Double> millis = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            for (String query : queries) {
                @SuppressWarnings("unchecked")
                Map<String, Object> outcome = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(script, query, lang);
                if (outcome.containsKey("error")) {
                    throw new IllegalStateException(page + " \"" + query + "\": " + outcome.get("error"));
                }
                millis.add(((Number) outcome.get("ms")).doubleValue());
                totals.add(((Number) outcome.get("total")).longValue());
                bytes.add(newBytes(requested.apply(driver), counted, loaded) + (bytes.isEmpty() ? pageBytes : 0));
            }
            return new Session(bytes, millis, totals);
        } finally {
            driver.quit();
        }
    }

    /** Bytes of the counted files among those requested, each file counted once per session. */
    static long newBytes(List<Path> requested, Predicate<Path> counted, Set<Path> loaded) throws IOException {
        long total = 0;
        for (Path file : requested) {
            if (counted.test(file) && Files.isRegularFile(file) && loaded.add(file)) {
                total += Files.size(file);
            }
        }
        return total;
    }

    /** The local files the page requested since the last call, from Chromium's performance log (scripts added by script tags). */
    static List<Path> requestedFiles(ChromeDriver driver) {
        List<Path> files = new ArrayList<>();
        Json json = new Json();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = json.toType(entry.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            if ("Network.requestWillBeSent".equals(inner.get("method"))) {
                @SuppressWarnings("unchecked")
                String url = (String) ((Map<String, Object>) ((Map<String, Object>) inner.get("params")).get("request")).get("url");
                if (url.startsWith("file:")) {
                    files.add(Path.of(URI.create(url.replaceAll("[?#].*", ""))).normalize());
                }
            }
        }
        return files;
    }

    static List<Path> drain(Queue<Path> sent) {
        List<Path> files = new ArrayList<>();
        for (Path file = sent.poll(); file != null; file = sent.poll()) {
            files.add(file);
        }
        return files;
    }

    /**
     * A static file server for the Hugo site on 127.0.0.1 (files as they are: Pagefind's are compressed already) that
     * records every file it sends: Pagefind fetches from a web worker, whose requests the page's performance log misses.
     */
    static HttpServer serve(Path root, Queue<Path> sent) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            sent.add(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    static String[] row(String label, double ours, double theirs) {
        String ratio = theirs == 0 ? "–" : String.format("%.2f", ours / theirs);
        boolean whole = ours == Math.rint(ours) && theirs == Math.rint(theirs);
        return new String[] {label, whole ? String.format("%,d", (long) ours) : String.format("%.1f", ours),
                whole ? String.format("%,d", (long) theirs) : String.format("%.1f", theirs), ratio};
    }
}
