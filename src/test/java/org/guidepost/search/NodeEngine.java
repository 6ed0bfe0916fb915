package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the browser engine (site-templates/assets/search.js) under Node on an exported site; fails when Node is missing. */
final class NodeEngine {

    static final Path LIBRARY = Path.of("site-templates", "assets", "search.js");

    /** One query's outcome as printed by run-queries.js. */
    record Result(int total, List<String> urls, List<String> suggestions, String snippet, long bytesLoaded) {
    }

    /** A query: language, mode (exact, typing, all, topic=label) and text. */
    record Query(String lang, String mode, String text) {
    }

    private NodeEngine() {
    }

    static List<Result> run(Path site, List<Query> queries) throws IOException, InterruptedException {
        Path runner;
        try {
            runner = Path.of(NodeEngine.class.getResource("/search/run-queries.js").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Process process;
        try {
            process = new ProcessBuilder("node", runner.toString(), LIBRARY.toAbsolutePath().toString(), site.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            return fail("Node.js ('node' on the PATH) is required to test the offline search engine: " + e.getMessage());
        }
        StringBuilder input = new StringBuilder();
        for (Query query : queries) {
            input.append(query.lang()).append('\t').append(query.mode()).append('\t').append(query.text()).append('\n');
        }
        process.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            fail("The offline engine failed under Node:\n" + errors);
        }
        List<Result> results = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] parts = line.split("\t", -1);
            results.add(new Result(Integer.parseInt(parts[0]), split(parts[1], " "), split(parts[2], "\\|"), parts[3], Long.parseLong(parts[4])));
        }
        assertEquals(queries.size(), results.size(), "one result line per query");
        return results;
    }

    private static List<String> split(String text, String separator) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }
}
