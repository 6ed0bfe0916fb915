package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidepost.testing.HtmlChecker.HtmlError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves HtmlChecker reports the Nu HTML Checker's errors with their file and line, and nothing for valid pages. */
class HtmlCheckerTest {

    private static final String GOOD = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>Nuôi con bằng sữa mẹ</title></head>
            <body><main><h1>Sữa mẹ</h1><p>Cho trẻ bú sớm.</p></main></body>
            </html>
            """;

    private static final String BAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Bad</title></head>
            <body>
            <img src="baby.png">
            </body>
            </html>
            """;

    private final HtmlChecker checker = HtmlChecker.installed();

    @TempDir
    Path site;

    @Test
    void findsNoErrorInAValidPage() throws IOException {
        Path good = Files.writeString(site.resolve("good.html"), GOOD);

        assertEquals(List.of(), checker.check(good));
        checker.assertValid(good);
    }

    @Test
    void reportsFileLineAndMessageOfAnError() throws IOException {
        Path bad = Files.writeString(site.resolve("bad.html"), BAD);

        List<HtmlError> errors = checker.check(bad);

        assertEquals(1, errors.size(), errors::toString);
        HtmlError error = errors.get(0);
        assertEquals(bad.toAbsolutePath(), error.file());
        assertEquals(5, error.line());
        assertTrue(error.message().contains("“alt” attribute"), error.message());
    }

    @Test
    void checksAWholeFolderInOneCall() throws IOException {
        Files.createDirectories(site.resolve("vi/nuoi-con"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(site.resolve("vi/nuoi-con/page-" + i + ".html"), GOOD);
        }
        Path bad = Files.writeString(site.resolve("vi/nuoi-con/page-7.html"), BAD);
        Files.writeString(site.resolve("style.css"), "this is { not html");

        List<HtmlError> errors = checker.check(site);

        assertEquals(List.of(bad.toAbsolutePath()), errors.stream().map(HtmlError::file).toList());
        AssertionError failure = assertThrows(AssertionError.class, () -> checker.assertValid(site));
        assertTrue(failure.getMessage().contains("page-7.html:5:"), failure.getMessage());
    }

    @Test
    void refusesAFolderWithoutHtmlAndAMissingFile() {
        assertThrows(IllegalArgumentException.class, () -> checker.check(site));
        assertThrows(IllegalArgumentException.class, () -> checker.check(site.resolve("missing.html")));
    }

    @Test
    void saysHowToInstallAMissingChecker() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new HtmlChecker(site.resolve("vnu.jar")));

        assertTrue(missing.getMessage().contains("npm ci"), missing.getMessage());
    }
}
