package org.guidepost.site;

import java.util.List;
import java.util.Optional;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.ArticleStatus;
import org.guidepost.content.ContentLoader;
import org.guidepost.content.Site;
import org.guidepost.content.check.ContentChecker;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;
import org.guidepost.render.OutputSink;
import org.guidepost.render.SiteRenderer;
import org.guidepost.render.TemplateFailure;
import org.guidepost.search.SearchAnalyzers;
import org.guidepost.render.Theme;

/** The build: load → check → render pages and output steps → publish atomically. `check` is the same without writing. */
public final class SiteBuilder {

    private final MarkdownPipeline markdown = new MarkdownPipeline();
    private final List<OutputStep> steps;
    private final List<ClosingStep> closingSteps;

    public SiteBuilder(List<OutputStep> steps) {
        this(steps, List.of());
    }

    public SiteBuilder(List<OutputStep> steps, List<ClosingStep> closingSteps) {
        this.steps = List.copyOf(steps);
        this.closingSteps = List.copyOf(closingSteps);
    }

    /** Loads and validates the site; the site is empty when it could not be loaded at all. */
    public Checked check(BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> loaded = new ContentLoader(markdown).load(options.siteDir(), diagnostics);
        Optional<Theme> theme = Optional.empty();
        if (loaded.isPresent()) {
            // drafts are checked too (links into them must hold), only left out of the output
            new ContentChecker(options.today()).check(loaded.get(), diagnostics);
            theme = Optional.of(Theme.load(options.siteDir(), loaded.get().config(), diagnostics));
            checkStrings(loaded.get(), theme.get(), diagnostics);
            checkAnalyzers(loaded.get(), diagnostics);
        }
        Optional<Site> site = loaded.map(s -> options.drafts() ? s : withoutDrafts(s))
                .map(s -> LanguageSelection.restrict(s, options.languages(), diagnostics))
                .map(s -> options.baseUrl() == null ? s : new Site(s.siteDir(), s.config().withBaseUrl(options.baseUrl()), s.sources(), s.articles()));
        return new Checked(site, theme, diagnostics);
    }

    /** Everything `build` checks, including a dry run of the templates, without writing anything. */
    public List<Diagnostic> checkAll(BuildOptions options) {
        Checked checked = check(options);
        if (!checked.diagnostics().hasErrors() && checked.site().isPresent()) {
            renderPages(checked.site().get(), checked.theme().orElseThrow(), new DiscardingOutput(), checked.diagnostics());
        }
        return checked.diagnostics().sorted();
    }

    public BuildResult build(BuildOptions options, Progress progress) {
        long start = System.nanoTime();
        OutputGuard.check(options.siteDir(), options.outDir());
        progress.stage("loading content", 0);
        Checked checked = check(options);
        Diagnostics diagnostics = checked.diagnostics();
        if (diagnostics.hasErrors() || checked.site().isEmpty()) {
            return new BuildResult(false, diagnostics.sorted(), 0, 0, elapsed(start));
        }
        Site site = checked.site().get();
        Theme theme = checked.theme().orElseThrow();
        try (StagingOutput output = new StagingOutput(options.outDir(), progress)) {
            RecordingOutput recording = new RecordingOutput(output);
            progress.stage("rendering pages", site.articles().size() + 8 * site.config().languages().size());
            int pages = renderPages(site, theme, recording, diagnostics);
            for (OutputStep step : steps) {
                if (diagnostics.hasErrors()) {
                    break;
                }
                progress.stage(step.name(), 0);
                step.write(site, theme, recording, output.directory(), diagnostics);
            }
            recording.recordFilesWrittenDirectly(output.directory());
            BuiltFiles written = recording.files();
            for (ClosingStep step : closingSteps) {
                if (diagnostics.hasErrors()) {
                    break;
                }
                progress.stage(step.name(), 0);
                step.write(site, theme, written, output, diagnostics);
            }
            if (diagnostics.hasErrors()) {
                return new BuildResult(false, diagnostics.sorted(), 0, 0, elapsed(start));
            }
            progress.stage("publishing", 0);
            output.publish();
            progress.finish();
            return new BuildResult(true, diagnostics.sorted(), pages, output.fileCount(), elapsed(start));
        }
    }

    /** Renders all pages; a template mistake becomes a diagnostic pointing at the template. */
    private static int renderPages(Site site, Theme theme, OutputSink sink, Diagnostics diagnostics) {
        try {
            return new SiteRenderer(site, theme, hasChecklists(site)).render(sink);
        } catch (TemplateFailure failure) {
            diagnostics.add(templateError(theme, failure));
            return 0;
        }
    }

    /** A template mistake as a diagnostic pointing at the template. */
    static Diagnostic templateError(Theme theme, TemplateFailure failure) {
        return Diagnostic.error("template", theme.siteThemeDir().resolve(failure.template() == null ? "?" : failure.template()),
                failure.line(), failure.column(), "template error: " + failure.getMessage(),
                "fix the template (your site's site-templates/ overrides the default theme)");
    }

    private static boolean hasChecklists(Site site) {
        return java.nio.file.Files.isDirectory(site.contentDir().resolve(org.guidepost.content.checklist.ChecklistDefinitionReader.FOLDER));
    }

    private static Site withoutDrafts(Site site) {
        return site.withArticles(site.articles().stream().filter(a -> a.status() != ArticleStatus.DRAFT).toList());
    }

    private static void checkStrings(Site site, Theme theme, Diagnostics diagnostics) {
        for (LanguageConfig language : site.config().languages()) {
            if (language.code().equals(site.config().defaultLanguage())) {
                continue;
            }
            // section labels are per language (each language names its own section folders)
            java.util.List<String> missing = theme.strings().missingIn(language.code()).stream()
                    .filter(key -> !key.startsWith("section.")).toList();
            if (!missing.isEmpty()) {
                diagnostics.add(Diagnostic.warning("missing-ui-string",
                        site.siteDir().resolve("site-templates/i18n/" + language.code() + ".yaml"), 0, 0,
                        missing.size() + " interface string(s) missing in '" + language.code() + "' (shown in "
                                + site.config().defaultLanguage() + " instead): " + String.join(", ", missing),
                        "add them to site-templates/i18n/" + language.code() + ".yaml"));
            }
        }
    }

    private static void checkAnalyzers(Site site, Diagnostics diagnostics) {
        for (LanguageConfig language : site.config().languages()) {
            try {
                SearchAnalyzers.profile(language.code(), language.analyzer());
            } catch (IllegalArgumentException unknown) {
                diagnostics.add(Diagnostic.error("unknown-analyzer", site.contentDir().resolve("site.yaml"), language.line(), 1,
                        unknown.getMessage(), "remove 'analyzer:' to use the default for '" + language.code() + "', or pick one of the names listed"));
            }
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A loaded and validated site (empty when it could not be loaded), its theme, and what was found. */
    public record Checked(Optional<Site> site, Optional<Theme> theme, Diagnostics diagnostics) {
    }
}
