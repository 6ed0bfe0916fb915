package org.guidepost.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.SiteBuilders;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `guidepost check`: validate the content without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the site (metadata, sources, links, images, reviews, translations) without writing. Exit 1 on errors.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    SiteOptions site;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}. Default: text.")
    Format format = Format.text;

    @Option(names = "--drafts", description = "Also check articles with status: draft.")
    boolean drafts = true;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Diagnostic> diagnostics = SiteBuilders.standard()
                .checkAll(new BuildOptions(site.siteDir(), site.siteDir().resolve("public"), drafts, LocalDate.now()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (format == Format.json) {
            spec.commandLine().getOut().println(DiagnosticPrinter.json(diagnostics, site.siteDir()));
        } else {
            DiagnosticPrinter.printText(diagnostics, site.siteDir(), spec.commandLine().getErr());
            spec.commandLine().getOut().printf(Locale.ROOT, "%d error(s), %d warning(s)%n", errors, diagnostics.size() - errors);
        }
        return errors > 0 ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
