package org.guidepost.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.guidepost.checklist.ChecklistExportException;
import org.guidepost.checklist.ChecklistExporter;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteBuilders;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `guidepost checklist <name>`: one checklist in one language as printable HTML, PDF, Markdown or plain text. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = "Writes one checklist (content/checklists/<name>.yaml) in one language as printable HTML, PDF, Markdown or text.")
final class ChecklistCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Parameters(index = "0", paramLabel = "NAME", description = "The checklist's name (its file name without .yaml).")
    String name;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language code. Default: the site's default language.")
    String lang;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ChecklistExporter.Format format = ChecklistExporter.Format.html;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file. Default: standard output (for pdf: NAME-CODE.pdf).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuilder.Checked checked = SiteBuilders.standard().check(new BuildOptions(site.siteDir(), site.siteDir().resolve("public"), false, LocalDate.now()));
        if (checked.site().isEmpty() || checked.diagnostics().hasErrors()) {
            DiagnosticPrinter.printText(checked.diagnostics().sorted().stream().filter(d -> d.isError()).toList(), site.siteDir(), spec.commandLine().getErr());
            return ExitCodes.CONTENT_ERRORS;
        }
        String code = lang != null ? lang : checked.site().get().config().defaultLanguage();
        byte[] content;
        try {
            content = new ChecklistExporter(checked.site().get(), checked.theme().orElseThrow()).export(name, code, format);
        } catch (ChecklistExportException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage() + "\n    hint: " + e.hint());
            return e.isUsageError() ? ExitCodes.USAGE : ExitCodes.CONTENT_ERRORS;
        }
        Path target = output != null ? output : format == ChecklistExporter.Format.pdf ? Path.of(name + "-" + code + ".pdf") : null;
        if (target == null) {
            spec.commandLine().getOut().print(new String(content, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        spec.commandLine().getOut().println("wrote " + target + " (" + content.length + " bytes)");
        return ExitCodes.OK;
    }
}
