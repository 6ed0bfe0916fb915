package org.guidepost.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.guidepost.site.BuildOptions;
import org.guidepost.site.DashboardStep;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteBuilders;
import org.guidepost.site.BuildResult;
import org.guidepost.site.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `guidepost build`: check the content, then write the site to the output folder (atomically). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the content and builds the static site. Nothing is published when there are errors.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: public/ in the site folder.")
    Path out;

    @Option(names = "--drafts", description = "Include articles with status: draft.")
    boolean drafts;

    @Option(names = "--quiet", description = "Print only problems and the summary line.")
    boolean quiet;

    @Option(names = "--base-url", paramLabel = "URL", description = "Address the site will be published at (overrides base_url in site.yaml).")
    String baseUrl;

    @Option(names = "--dashboard", description = "Also write the editors' content dashboard to editors/dashboard/index.html.")
    boolean dashboard;

    @Option(names = "--open", description = "Open the built site's index.html in the default browser.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path siteDir = site.siteDir();
        Path outDir = out == null ? siteDir.resolve("public") : out.toAbsolutePath().normalize();
        Progress progress = quiet ? Progress.SILENT : ConsoleProgress.forStream(spec.commandLine().getErr());
        LocalDate today = LocalDate.now();
        SiteBuilder builder = dashboard ? SiteBuilders.standard().with(new DashboardStep(today)) : SiteBuilders.standard();
        BuildResult result = builder.build(new BuildOptions(siteDir, outDir, drafts, today, java.util.List.of(), baseUrl), progress);
        DiagnosticPrinter.printText(result.diagnostics(), siteDir, spec.commandLine().getErr());
        if (!result.published()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "build failed: %d error(s), %d warning(s); %s was left as it was (%d ms)%n",
                    result.errorCount(), result.warningCount(), outDir, result.millis());
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "built %d pages (%d files) into %s in %d ms, %d warning(s)%n",
                result.pages(), result.files(), outDir, result.millis(), result.warningCount());
        if (open) {
            BrowserOpener.open(outDir.resolve("index.html"), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
