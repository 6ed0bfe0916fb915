package org.guidepost.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.text.Json;

/** The current errors as JSON for the browser overlay: file (relative to the site), line, column, message, hint. */
final class ProblemsJson {

    private ProblemsJson() {
    }

    static String of(List<Diagnostic> problems, Path siteDir) {
        return Json.write(problems.stream().map(problem -> item(problem, siteDir)).toList());
    }

    private static Map<String, Object> item(Diagnostic problem, Path siteDir) {
        Map<String, Object> item = new LinkedHashMap<>();
        Path file = problem.file();
        item.put("file", file == null ? "" : (file.isAbsolute() && file.startsWith(siteDir) ? siteDir.relativize(file) : file).toString().replace('\\', '/'));
        item.put("line", problem.line());
        item.put("column", problem.column());
        item.put("message", problem.message());
        item.put("hint", problem.hint());
        return item;
    }
}
