package org.guidepost.cli;

import picocli.CommandLine.Command;

/** The top-level command: only lists the subcommands. */
@Command(name = "guidepost", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds multilingual health-guidance sites that can be read and searched offline.",
        subcommands = {BuildCommand.class, ServeCommand.class, BundleCommand.class, CheckCommand.class, ChecklistCommand.class, StatusCommand.class,
                SearchCommand.class, NewCommand.class, picocli.CommandLine.HelpCommand.class})
final class GuidepostCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
