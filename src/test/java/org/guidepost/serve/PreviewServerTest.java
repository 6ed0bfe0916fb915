package org.guidepost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.guidepost.site.SiteBuilders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guidepost serve` end to end on a random port: live reload events, error overlay, safe static serving, drafts, dashboard. */
class PreviewServerTest {

    /** How long to wait for an event before giving up: a deadline against hanging, not a speed requirement. */
    static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path dir;
    Path site;
    PreviewSession session;
    HttpClient http = HttpClient.newHttpClient();
    BlockingQueue<String[]> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        site = PreviewFixtures.copyMultilingual(dir);
        Path draft = site.resolve("content/en/guides/draft-one.md");
        Files.writeString(draft, "---\nid: draft-one\ntitle: Work in progress\nstatus: draft\nsources: [who-2023]\n"
                + "next_review: 2025-03-01\n---\nNot ready.\n");
        session = PreviewSession.start(new ServeOptions(site, dir.resolve("out"), InetAddress.getLoopbackAddress(), 0, false, true,
                LocalDate.of(2026, 1, 1)), SiteBuilders.forPreview(), line -> { });
        listen();
    }

    @AfterEach
    void stop() {
        session.close();
    }

    /** Reads the event stream in the background into {@link #events} as {name, data} pairs. */
    void listen() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(session.address().resolve("__guidepost/events")).build();
        String[] name = {"message"};
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(line -> {
            if (line.startsWith("event: ")) {
                name[0] = line.substring(7);
            } else if (line.startsWith("data: ")) {
                events.add(new String[] {name[0], line.substring(6)});
            }
        }));
        awaitEvent("problems", data -> true); // the greeting: the stream is connected
    }

    String awaitEvent(String name, Predicate<String> data) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            String[] event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && event[0].equals(name) && data.test(event[1])) {
                return event[1];
            }
        }
        throw new AssertionError("no '" + name + "' event came");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(session.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line exactly as written (no client normalizes it) and returns the status code. */
    int rawStatus(String target) throws IOException {
        URI address = session.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void editingAnArticlePushesAReloadAndServesTheNewContent() throws Exception {
        PreviewFixtures.replace(site.resolve("content/en/guides/water.md"), "title: Drinking enough water", "title: Water, all day long");
        awaitEvent("changed", data -> data.contains("\"en/guides/water/index.html\""));
        Document page = Jsoup.parse(get("en/guides/water/").body());
        assertEquals("Water, all day long", page.selectFirst("h1").text());
    }

    @Test
    void errorsShowAnOverlayUntilFixed() throws Exception {
        Path water = site.resolve("content/en/guides/water.md");
        PreviewFixtures.replace(water, "id: water", "id:");
        String problems = awaitEvent("problems", data -> !data.equals("[]"));
        assertTrue(problems.contains("content/en/guides/water.md") && problems.contains("\"line\":2"), problems);
        HttpResponse<String> page = get("en/guides/night-feeds/index.html");
        Document document = Jsoup.parse(page.body());
        assertTrue(document.getElementById("gp-live-problems").data().contains("required field 'id' is missing"), page.body());
        assertTrue(get("__guidepost/problems.json").body().contains("water.md"));

        PreviewFixtures.replace(water, "id:", "id: water");
        awaitEvent("problems", data -> data.equals("[]"));
        assertEquals(null, Jsoup.parse(get("en/guides/night-feeds/index.html").body()).getElementById("gp-live-problems"));
    }

    @Test
    void servedHtmlGetsTheLiveScriptButTheFilesOnDiskStayAsBuilt() throws Exception {
        HttpResponse<String> page = get("en/guides/water/index.html");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"/__guidepost/live.js\" defer></script>"));
        assertFalse(Files.readString(dir.resolve("out/en/guides/water/index.html")).contains("__guidepost"));
        assertTrue(get("__guidepost/live.js").body().contains("EventSource"));
        assertEquals("text/css; charset=utf-8", get("assets/style.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/xml", get("sitemap.xml").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void foldersServeTheirIndexAndUnknownAddressesTheSite404() throws Exception {
        assertTrue(get("").body().contains("<html"));
        assertEquals(301, rawStatus("/en"));
        assertEquals(200, rawStatus("/en/"));
        HttpResponse<String> missing = get("no/such/page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<base href=\"/\">"));
    }

    @Test
    void traversalAttemptsGet404() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        for (String target : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
                "/en/..%2f..%2fsecret.txt", "/%5c..%5csecret.txt", "/en%5c..%5c..%5csecret.txt", "/%00"}) {
            assertEquals(404, rawStatus(target), target);
        }
        assertEquals(400, rawStatus("/..\\secret.txt"), "a raw backslash is not even a valid request");
        assertEquals(400, rawStatus("/%zz"), "nor a malformed escape");
    }

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        assertTrue(InetAddress.getByName(session.address().getHost()).isLoopbackAddress(), session.address()::toString);
        ServeOptions defaults = ServeOptions.defaults(site);
        assertTrue(defaults.bind().isLoopbackAddress());
        assertEquals(1313, defaults.port());
    }

    @Test
    void draftsAreServedWithABanner() throws Exception {
        Document draft = Jsoup.parse(get("en/guides/draft-one/index.html").body());
        assertEquals("Draft", draft.selectFirst(".notice-draft strong").text());
        assertEquals(null, Jsoup.parse(get("en/guides/water/index.html").body()).selectFirst(".notice-draft"));
    }

    @Test
    void theDashboardListsAnOverdueReview() throws Exception {
        Document dashboard = Jsoup.parse(get("editors/dashboard/index.html").body());
        var overdue = dashboard.select("#gp-dash-reviews-table tr.review-overdue");
        assertEquals(1, overdue.size(), dashboard.select("#gp-dash-reviews-table").outerHtml());
        assertTrue(overdue.text().contains("Work in progress") && overdue.text().contains("2025-03-01"), overdue.text());
        assertFalse(get("en/index.html").body().contains("editors/dashboard"), "not linked from reader navigation");
    }
}
