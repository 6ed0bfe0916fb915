package org.guidepost.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.guidepost.site.BuildOptions;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteBuilders;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The --site option shared by every command that reads a site. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "DIR", description = "Site folder (with content/ and site-templates/). Default: the current folder.")
    Path site = Path.of(".");

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }

    /**
     * Loads and checks the site (its site and theme are present); when it cannot be loaded at all, prints
     * why and throws {@link SiteNotLoaded}, which ends the command with the content-errors exit code.
     */
    SiteBuilder.Checked load(CommandSpec spec, boolean drafts) {
        SiteBuilder.Checked checked = SiteBuilders.standard().check(new BuildOptions(siteDir(), siteDir().resolve("public"), drafts, LocalDate.now()));
        if (checked.site().isEmpty()) {
            DiagnosticPrinter.printText(checked.diagnostics().sorted(), siteDir(), spec.commandLine().getErr());
            throw new SiteNotLoaded();
        }
        return checked;
    }
}
