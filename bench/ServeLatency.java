// Measures save-to-served time of `guidepost serve`: edits one article, waits for the server-sent reload event, fetches the page.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Usage: java bench/ServeLatency.java --guidepost ./guidepost --site DIR [--edits N] [--edit body|title]
 * Starts `guidepost serve --site DIR --port 0`, then N times: adds a paragraph to one article's body (or
 * rewrites its title, which every list of its language shows), a different article each time, waits for
 * the "changed" event naming its page, fetches the page and checks that it shows the edit.
 * Prints each edit's save-to-event and save-to-served times and their medians. Nothing here is a test.
 */
public class ServeLatency {

    public static void main(String[] args) throws Exception {
        String guidepost = "./guidepost";
        Path site = null;
        int edits = 10;
        boolean title = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--guidepost" -> guidepost = args[++i];
                case "--site" -> site = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--edit" -> title = args[++i].equals("title");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (site == null) {
            throw new IllegalArgumentException("--site DIR is required");
        }
        List<Path> articles;
        try (Stream<Path> files = Files.walk(site.resolve("content/en"))) {
            articles = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "site: %s (%d English articles), editing the %s%n", site, articles.size(), title ? "title" : "body");

        long startedAt = System.nanoTime();
        Process server = new ProcessBuilder(guidepost, "serve", "--site", site.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher address = line == null ? null : Pattern.compile("http://[^ ]+?/").matcher(line);
            if (address == null || !address.find()) {
                throw new IllegalStateException("serve did not start: " + line);
            }
            URI base = URI.create(address.group());
            System.out.printf(Locale.ROOT, "first build and start: %d ms, serving at %s%n", (System.nanoTime() - startedAt) / 1_000_000, base);

            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> changed = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(base.resolve("__guidepost/events")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().filter(l -> l.startsWith("data: {")).forEach(changed::add));
            Thread.sleep(500);

            List<Long> toEvent = new ArrayList<>();
            List<Long> toServed = new ArrayList<>();
            for (int n = 0; n < edits; n++) {
                Path article = articles.get((n * 7919) % articles.size());
                String text = Files.readString(article, StandardCharsets.UTF_8);
                String marker = "Edited " + n + " at " + System.nanoTime();
                String edited = title
                        ? text.replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: \"" + marker + "\""))
                        : text + "\n" + marker + ".\n";
                String page = pagePath(site, article);
                changed.clear();
                long save = System.nanoTime();
                Files.writeString(article, edited, StandardCharsets.UTF_8);
                String event;
                do {
                    event = changed.poll(30, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new IllegalStateException("no reload event for " + page);
                    }
                } while (!event.contains("\"" + page + "\""));
                long eventAt = System.nanoTime();
                String body = http.send(HttpRequest.newBuilder(base.resolve(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
                long servedAt = System.nanoTime();
                if (!body.contains(marker)) {
                    throw new IllegalStateException("the served page does not show the edit: " + page);
                }
                toEvent.add((eventAt - save) / 1_000_000);
                toServed.add((servedAt - save) / 1_000_000);
                System.out.printf(Locale.ROOT, "edit %2d  %-60s save→event %4d ms  save→served %4d ms%n", n + 1, page,
                        toEvent.get(n), toServed.get(n));
                Thread.sleep(300);
            }
            System.out.printf(Locale.ROOT, "%s edits: median save→event %d ms, save→served %d ms; max save→served %d ms (%d edits)%n",
                    title ? "title" : "body", median(toEvent), median(toServed), Collections.max(toServed), edits);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** content/en/<section>/<slug>.md or <slug>/index.md → en/<section>/<slug>/index.html */
    private static String pagePath(Path site, Path article) {
        Path relative = site.resolve("content").relativize(article);
        String name = relative.getFileName().toString();
        Path folder = name.equals("index.md") ? relative.getParent() : relative.getParent().resolve(name.substring(0, name.length() - 3));
        return folder.toString().replace('\\', '/') + "/index.html";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
