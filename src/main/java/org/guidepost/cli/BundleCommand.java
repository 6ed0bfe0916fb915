package org.guidepost.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.guidepost.offline.BundleOptions;
import org.guidepost.offline.BundleResult;
import org.guidepost.offline.SiteBundler;
import org.guidepost.site.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `guidepost bundle`: build the site afresh and write it as a zip to read offline, optionally in some languages only. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Builds the site and writes an offline copy as a zip: unzipped anywhere, index.html opens it with no network.",
                "Each included language gets a README saying how to open it. The site's public/ folder is left as it is."})
final class BundleCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--lang", paramLabel = "CODES", split = ",", description = "Only these languages (comma-separated, e.g. vi,en). Default: all.")
    List<String> languages = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The zip to write. Default: guide.zip in the current folder.")
    Path output = Path.of("guide.zip");

    @Option(names = "--quiet", description = "Print only problems and the summary line.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path siteDir = site.siteDir();
        Progress progress = quiet ? Progress.SILENT : ConsoleProgress.forStream(spec.commandLine().getErr());
        BundleResult result = new SiteBundler().bundle(new BundleOptions(siteDir, output, LocalDate.now(), languages), progress);
        DiagnosticPrinter.printText(result.diagnostics(), siteDir, spec.commandLine().getErr());
        if (!result.written()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "bundle failed: %d error(s), %d warning(s); no zip was written (%d ms)%n",
                    result.errorCount(), result.warningCount(), result.millis());
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d files, %d KB, in %d ms, %d warning(s)%n",
                result.zipFile(), result.entries(), (result.bytes() + 1023) / 1024, result.millis(), result.warningCount());
        return ExitCodes.OK;
    }
}
