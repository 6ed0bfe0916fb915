package org.guidepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs axe-core (from npm's axe-core, pinned in package.json) in the page a HeadlessChromium shows, for WCAG 2.1 A and AA. */
public final class AxeChecker {

    /** Where {@code npm ci} puts axe-core, relative to the project folder (Maven's working directory). */
    static final Path INSTALLED_SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RUN = """
            return axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(result => result.violations.flatMap(violation => violation.nodes.map(node =>
                violation.id + ' (' + violation.impact + '): ' + violation.help + ' at ' + node.target.join(' '))));
            """;

    private final String script;

    private AxeChecker(String script) {
        this.script = script;
    }

    /** The checker npm installed; fails at once, saying how to install it, if it is missing. */
    public static AxeChecker installed() {
        if (!Files.isRegularFile(INSTALLED_SCRIPT)) {
            throw new IllegalStateException("axe-core was not found at " + INSTALLED_SCRIPT.toAbsolutePath()
                    + ". Install it by running `npm ci --ignore-scripts` in the project folder (it comes from package.json).");
        }
        try {
            return new AxeChecker(Files.readString(INSTALLED_SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.1 A/AA violations in the page the browser shows now, one line per element. */
    public List<String> violations(HeadlessChromium browser) {
        browser.evaluate(script + "\n;return true;");
        Object found = browser.evaluate(RUN, WCAG_21_AA);
        List<String> lines = new ArrayList<>();
        for (Object line : (List<?>) found) {
            lines.add(String.valueOf(line));
        }
        return lines;
    }
}
