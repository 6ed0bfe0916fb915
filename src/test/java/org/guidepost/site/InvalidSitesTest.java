package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guidepost.cli.CliRun;
import org.guidepost.diagnostic.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One broken site per error kind (src/test/resources/sites/invalid/): the error names file, line and what to do. */
class InvalidSitesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "yaml-syntax,                 yaml-syntax,                content/en/guides/a.md,          3",
            "missing-field,               missing-field,              content/en/guides/a.md,          2",
            "no-front-matter,             front-matter,               content/en/guides/a.md,          1",
            "unclosed-front-matter,       front-matter,               content/en/guides/a.md,          1",
            "bad-date,                    bad-date,                   content/en/guides/a.md,          5",
            "bad-status,                  bad-status,                 content/en/guides/a.md,          5",
            "unknown-source,              unknown-source,             content/en/guides/a.md,          6",
            "unknown-front-matter-source, unknown-source,             content/en/guides/a.md,          4",
            "duplicate-id,                duplicate-id,               content/en/guides/b.md,          2",
            "broken-link,                 broken-link,                content/en/guides/a.md,          8",
            "broken-anchor,               broken-anchor,              content/en/guides/a.md,          8",
            "missing-image,               missing-image,              content/en/guides/a/index.md,    8",
            "missing-alt,                 missing-alt,                content/en/guides/a/index.md,    8",
            "bad-source-type,             bad-source-type,            content/sources.yaml,            7",
            "unknown-language,            unknown-language,           content/fr,                      0",
            "missing-translation-source,  missing-translation-source, content/vi/huong-dan/a.md,       4",
            "site-yaml,                   unknown-language,           content/site.yaml,               2",
            "sources-yaml-syntax,         yaml-syntax,                content/sources.yaml,            5",
            "misplaced-article,           misplaced-article,          content/en/a.md,                 0",
            "template-error,              template,                   site-templates/article.ftlh,     3",
            "unsafe-link,                 unsafe-link,                content/en/guides/a.md,          8",
            "unknown-analyzer,            unknown-analyzer,           content/site.yaml,               4",
            "bad-topic,                   bad-topic,                  content/en/guides/a.md,          5",
            "unknown-checklist-item,      unknown-checklist-item,     content/checklists/daily.yaml,   5",
            "duplicate-item-id,           duplicate-item-id,          content/en/guides/a.md,          9",
            "item-not-in-source,          item-not-in-source,         content/vi/huong-dan/a.md,       11",
            "item-missing-in-translation, item-missing-in-translation, content/vi/huong-dan/a.md,      4",
            "checklist-definition,        checklist-definition,       content/checklists/daily.yaml,   5",
            "unknown-frequency,           unknown-frequency,          content/checklists/daily.yaml,   3",
    })
    void reportsTheErrorAtItsPlaceAndPublishesNothing(String siteName, String code, String file, int line) throws IOException {
        Path site = Path.of("src/test/resources/sites/invalid", siteName).toAbsolutePath();
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "previous build");

        BuildResult result = new SiteBuilder(List.of()).build(new BuildOptions(site, out, false, LocalDate.of(2026, 1, 1)), Progress.SILENT);

        assertFalse(result.published());
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        String report = errors.stream().map(d -> d.format(site)).collect(Collectors.joining("\n"));
        assertTrue(errors.stream().anyMatch(d -> d.code().equals(code) && site.relativize(d.file()).toString().equals(file) && d.line() == line),
                "expected " + code + " at " + file + ":" + line + " but got:\n" + report);
        assertTrue(errors.stream().allMatch(d -> d.hint() != null && !d.hint().isBlank()), "every error says what to do:\n" + report);
        assertEquals(List.of(out.resolve("previous.html")), Files.list(out).toList(), "the previous output is left as it was");
        assertEquals("previous build", Files.readString(out.resolve("previous.html")));
        assertEquals(List.of(out), Files.list(temp).toList(), "no staging folder is left behind");

        CliRun check = CliRun.of("check", "--site", site.toString());
        assertEquals(1, check.exitCode());
        assertFalse(check.err().contains("Exception") || check.err().contains("\tat "), "no stack trace:\n" + check.err());
        assertTrue(check.err().contains(file + (line > 0 ? ":" + line : "")), check.err());
    }
}
