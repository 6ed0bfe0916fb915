package org.guidepost.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.guidepost.content.Site;
import org.guidepost.content.TranslationMatrix;
import org.guidepost.content.TranslationState;
import org.guidepost.text.Json;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `guidepost status`: the translation matrix (article × language) and what to translate next. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows every article's translation state per language: source, up-to-date, not-reviewed, outdated, missing.")
final class StatusCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    SiteOptions site;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}. Default: text.")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Site loaded = site.load(spec, true).site().orElseThrow();
        TranslationMatrix matrix = TranslationMatrix.of(loaded);
        spec.commandLine().getOut().println(format == Format.json ? json(matrix) : text(matrix));
        return ExitCodes.OK;
    }

    private static String text(TranslationMatrix matrix) {
        int idWidth = Math.max(7, matrix.rows().stream().mapToInt(r -> r.id().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-" + idWidth + "s", "article"));
        matrix.languages().forEach(lang -> out.append("  ").append(String.format(Locale.ROOT, "%-12s", lang)));
        out.append('\n');
        for (TranslationMatrix.Row row : matrix.rows()) {
            out.append(String.format(Locale.ROOT, "%-" + idWidth + "s", row.id()));
            row.states().values().forEach(state -> out.append("  ").append(String.format(Locale.ROOT, "%-12s", state.key())));
            out.append('\n');
        }
        List<TranslationMatrix.Task> todo = matrix.todo();
        out.append('\n').append(todo.isEmpty() ? "Every translation is up to date and reviewed." : "Next:").append('\n');
        for (TranslationMatrix.Task task : todo) {
            out.append("  ").append(advice(task)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String advice(TranslationMatrix.Task task) {
        if (task.state() == TranslationState.OUTDATED) {
            return "update the " + task.lang() + " translation of " + task.id() + " (its source changed; `guidepost check` shows the new source_hash)";
        }
        if (task.state() == TranslationState.MISSING) {
            return "translate " + task.id() + " into " + task.lang() + ": guidepost new translation " + task.id() + " --lang " + task.lang();
        }
        return "have the " + task.lang() + " translation of " + task.id() + " reviewed, then set translation.reviewed_by";
    }

    private static String json(TranslationMatrix matrix) {
        List<Object> rows = new ArrayList<>();
        for (TranslationMatrix.Row row : matrix.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.id());
            item.put("title", row.title());
            item.put("source", row.sourceLanguage());
            Map<String, Object> states = new LinkedHashMap<>();
            row.states().forEach((lang, state) -> states.put(lang, state.key()));
            item.put("states", states);
            rows.add(item);
        }
        List<Object> todo = new ArrayList<>();
        for (TranslationMatrix.Task task : matrix.todo()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", task.id());
            item.put("lang", task.lang());
            item.put("state", task.state().key());
            todo.add(item);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("languages", matrix.languages());
        report.put("articles", rows);
        report.put("todo", todo);
        return Json.write(report);
    }
}
