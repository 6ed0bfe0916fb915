package org.guidepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.json.Json;

/** Checks HTML files with the Nu HTML Checker (vnu.jar from npm's vnu-jar), all files in one run. */
public final class HtmlChecker {

    /** Where {@code npm ci} puts vnu.jar, relative to the project folder (Maven's working directory). */
    static final Path INSTALLED_JAR = Path.of("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /** One error the checker reported: file, 1-based line and column (0 when unknown), message. */
    public record HtmlError(Path file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    private final Path vnuJar;

    /** A checker running the given vnu.jar; fails at once, saying how to install it, if it is missing. */
    public HtmlChecker(Path vnuJar) {
        if (!Files.isRegularFile(vnuJar)) {
            throw new IllegalStateException("The Nu HTML Checker was not found at " + vnuJar.toAbsolutePath()
                    + ". Install it by running `npm ci --ignore-scripts` in the project folder (it comes from package.json).");
        }
        this.vnuJar = vnuJar.toAbsolutePath();
    }

    /** A checker running the vnu.jar that {@code npm ci} installed in this project. */
    public static HtmlChecker installed() {
        return new HtmlChecker(INSTALLED_JAR);
    }

    /** Checks one HTML file, or every .html and .htm file under a folder; a folder without any is an error. */
    public List<HtmlError> check(Path fileOrFolder) {
        return check(htmlFiles(fileOrFolder));
    }

    /** Checks the given files in a single run of the checker and returns its errors (warnings are left out). */
    public List<HtmlError> check(Collection<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No HTML files to check");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("Not a file, so the checker would skip it silently: " + file);
            }
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", vnuJar.toString(),
                "--errors-only", "--exit-zero-always", "--format", "json", "--stdout"));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        return parse(run(command));
    }

    /** Fails, listing every error, unless the file or every HTML file under the folder passes the checker. */
    public void assertValid(Path fileOrFolder) {
        List<HtmlError> errors = check(fileOrFolder);
        if (!errors.isEmpty()) {
            throw new AssertionError("The Nu HTML Checker found " + errors.size() + " error(s):\n"
                    + errors.stream().map(HtmlError::toString).collect(Collectors.joining("\n")));
        }
    }

    private static List<Path> htmlFiles(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> paths = Files.walk(fileOrFolder)) {
            List<Path> files = paths
                    .filter(path -> Files.isRegularFile(path) && path.toString().matches("(?i).*\\.html?$"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("No .html or .htm files under " + fileOrFolder);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the HTML files under " + fileOrFolder, e);
        }
    }

    private static String run(List<String> command) {
        try {
            Path stderr = Files.createTempFile("vnu-", ".stderr");
            try {
                Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
                String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("The Nu HTML Checker failed (exit " + exit + "):\n"
                            + Files.readString(stderr) + stdout);
                }
                return stdout;
            } finally {
                Files.delete(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the Nu HTML Checker: " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the Nu HTML Checker was running", e);
        }
    }

    private static List<HtmlError> parse(String json) {
        Map<String, Object> report = new Json().toType(json, Json.MAP_TYPE);
        List<HtmlError> errors = new ArrayList<>();
        for (Object item : (List<?>) report.get("messages")) {
            Map<?, ?> message = (Map<?, ?>) item;
            Object url = message.get("url");
            errors.add(new HtmlError(
                    url == null ? null : Path.of(URI.create((String) url)),
                    number(message.containsKey("firstLine") ? message.get("firstLine") : message.get("lastLine")),
                    number(message.get("firstColumn")),
                    "error".equals(message.get("type")) ? (String) message.get("message")
                            : message.get("type") + ": " + message.get("message")));
        }
        return errors;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
