package org.guidepost.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.guidepost.content.Site;
import org.guidepost.scaffold.ArticleScaffold;
import org.guidepost.scaffold.SourceScaffold;
import org.guidepost.scaffold.TranslationScaffold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `guidepost new article|translation|source`: scaffolding with every field present and explained. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a new article, translation or source entry.",
        subcommands = {NewCommand.Article.class, NewCommand.Translation.class, NewCommand.Source.class})
final class NewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "article", mixinStandardHelpOptions = true, description = "Writes content/<lang>/<section>/<slug>.md with every metadata field explained.")
    static final class Article implements Callable<Integer> {
        @Mixin
        SiteOptions site;
        @Option(names = "--lang", required = true, description = "Language code, e.g. en.")
        String lang;
        @Option(names = "--section", defaultValue = "guides", description = "Section folder. Default: ${DEFAULT-VALUE}.")
        String section;
        @Option(names = "--title", required = true, description = "The article's title; the file name is made from it.")
        String title;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return Scaffolding.run(spec, site.siteDir(), () -> ArticleScaffold.create(site.siteDir(), lang, section, title));
        }
    }

    @Command(name = "translation", mixinStandardHelpOptions = true, description = "Creates the translation of an article, with its bookkeeping filled in.")
    static final class Translation implements Callable<Integer> {
        @Mixin
        SiteOptions site;
        @Parameters(index = "0", paramLabel = "ID", description = "The article's id.")
        String id;
        @Option(names = "--lang", required = true, description = "Language to translate into.")
        String lang;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Site loaded = site.load(spec, true).site().orElseThrow();
            return Scaffolding.run(spec, site.siteDir(), () -> TranslationScaffold.create(loaded, id, lang));
        }
    }

    @Command(name = "source", mixinStandardHelpOptions = true, description = "Appends a source entry to content/sources.yaml.")
    static final class Source implements Callable<Integer> {
        @Mixin
        SiteOptions site;
        @Parameters(index = "0", paramLabel = "KEY", description = "Short key used in citations, e.g. moh-2015.")
        String key;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return Scaffolding.run(spec, site.siteDir(), () -> SourceScaffold.append(site.siteDir(), key));
        }
    }

    /** Runs one scaffolding action and reports the file it wrote or why it could not. */
    private static final class Scaffolding {
        static int run(CommandSpec spec, Path siteDir, java.util.function.Supplier<Path> action) {
            try {
                Path file = action.get();
                spec.commandLine().getOut().println("wrote " + siteDir.relativize(file));
                return ExitCodes.OK;
            } catch (org.guidepost.scaffold.ScaffoldException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }
}
