package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** Proves HeadlessChromium opens file:// pages, runs scripts, keeps localStorage and records network requests. */
class HeadlessChromiumTest {

    private static final String CHECKLIST_SCRIPT = """
            const box = document.querySelector('input[type=checkbox]');
            box.checked = localStorage.getItem(box.id) === 'ticked';
            box.addEventListener('change', () => localStorage.setItem(box.id, box.checked ? 'ticked' : ''));
            document.body.dataset.ready = 'yes';
            """;

    private static HeadlessChromium browser;

    @TempDir
    static Path site;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void opensAFileAndRunsScript() throws IOException {
        browser.open(page("hello.html", "Hello", "<p id=\"greeting\">Xin chào</p>"));

        assertEquals("Xin chào", browser.waitFor("#greeting").getText());
        assertEquals("Hello", browser.evaluate("return document.title"));
        assertEquals(5L, browser.evaluate("return arguments[0] + arguments[1]", 2, 3));
        assertEquals("file:", browser.evaluate("return Promise.resolve(location.protocol)"));
    }

    @Test
    void tickedCheckboxSurvivesReload() throws IOException {
        browser.open(checklist("reload.html", "reload-item"));
        browser.waitUntil("return document.body.dataset.ready === 'yes'");
        browser.waitFor("#reload-item").click();

        browser.reload();
        browser.waitUntil("return document.body.dataset.ready === 'yes'");

        assertTrue(browser.waitFor("#reload-item").isSelected());
    }

    @Test
    void tickedCheckboxSurvivesRestartButNotAFreshProfile() throws IOException {
        Path page = checklist("restart.html", "restart-item");
        try (HeadlessChromium own = HeadlessChromium.start()) {
            own.open(page);
            own.waitUntil("return document.body.dataset.ready === 'yes'");
            own.waitFor("#restart-item").click();

            own.restart();
            own.open(page);
            own.waitUntil("return document.body.dataset.ready === 'yes'");
            assertTrue(own.waitFor("#restart-item").isSelected(), "restored after the browser was reopened");
        }
        try (HeadlessChromium fresh = HeadlessChromium.start()) {
            fresh.open(page);
            fresh.waitUntil("return document.body.dataset.ready === 'yes'");
            assertFalse(fresh.waitFor("#restart-item").isSelected(), "a fresh profile starts unticked");
        }
    }

    @Test
    void recordsAnAttemptedRemoteRequest() throws IOException {
        browser.open(page("remote.html", "Remote", "<img src=\"http://127.0.0.1:9/x.png\" alt=\"\">"));

        assertEquals(List.of("http://127.0.0.1:9/x.png"), browser.remoteRequests());
    }

    @Test
    void seesNoRemoteRequestOnASelfContainedPage() throws IOException {
        Files.writeString(site.resolve("pixel.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
        Path page = page("local.html", "Local", "<img src=\"pixel.svg\" alt=\"\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">");
        browser.open(page);

        List<String> requests = browser.networkRequests();
        assertTrue(requests.contains(page.toUri().toString()), () -> "the page itself is recorded: " + requests);
        assertTrue(requests.contains(site.resolve("pixel.svg").toUri().toString()), () -> "its image is recorded: " + requests);
        assertEquals(List.of(), browser.remoteRequests());
    }

    @Test
    void fileFetchFailsAsItDoesForReadersOpeningASiteFromDisk() throws IOException {
        Files.writeString(site.resolve("index.json"), "{}");
        browser.open(page("fetch.html", "Fetch", ""));

        Object outcome = browser.evaluate("return fetch('index.json').then(() => 'loaded', () => 'refused')");

        assertEquals("refused", outcome);
    }

    @Test
    void waitForFindsAnElementAddedLater() throws IOException {
        Files.writeString(site.resolve("later.js"), "setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p id=\"late\">here</p>'), 200);");
        browser.open(page("later.html", "Later", "<script src=\"later.js\"></script>"));

        WebElement late = browser.waitFor("#late");

        assertEquals("here", late.getText());
    }

    private static Path checklist(String name, String boxId) throws IOException {
        Files.writeString(site.resolve("checklist.js"), CHECKLIST_SCRIPT);
        String body = "<label><input type=\"checkbox\" id=\"" + boxId + "\"> Feed on demand</label>"
                + "<script src=\"checklist.js\"></script>";
        return page(name, "Checklist", body);
    }

    private static Path page(String name, String title, String body) throws IOException {
        return Files.writeString(site.resolve(name), """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body>%s</body>
                </html>
                """.formatted(title, body));
    }
}
