package org.guidepost.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.text.Json;

/** Prints diagnostics for people ("file:line:col: error: …" + hint) or as JSON for CI. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void printText(List<Diagnostic> diagnostics, Path siteDir, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(diagnostic.format(siteDir));
        }
    }

    static String json(List<Diagnostic> diagnostics, Path siteDir) {
        List<Object> items = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", d.severity().label());
            item.put("code", d.code());
            item.put("file", d.file() == null ? null : relative(d.file(), siteDir));
            item.put("line", d.line());
            item.put("column", d.column());
            item.put("message", d.message());
            item.put("hint", d.hint());
            items.add(item);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        report.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        report.put("diagnostics", items);
        return Json.write(report);
    }

    private static String relative(Path file, Path siteDir) {
        Path shown = file.isAbsolute() && file.startsWith(siteDir) ? siteDir.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
