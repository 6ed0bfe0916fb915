package org.guidepost.site;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

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
import org.guidepost.render.Theme;
import org.guidepost.search.SearchAnalyzers;

/** The build: load → check → render pages while the output steps run beside them → publish atomically. `check` is the same without writing. */
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
        return validate(load(options), options);
    }

    /** Loads the content and the theme (with the theme's strings checked): what {@link #validate} checks. */
    public Loaded load(BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> site = new ContentLoader(markdown).load(options.siteDir(), diagnostics);
        Optional<Theme> theme = site.map(s -> Theme.load(options.siteDir(), s.config(), diagnostics));
        if (site.isPresent()) {
            checkStrings(site.get(), theme.get(), diagnostics);
            checkAnalyzers(site.get(), diagnostics);
        }
        return new Loaded(site, theme, diagnostics.sorted());
    }

    /** Runs every content check over a loaded site; drafts are checked too (links into them must hold), only left out of the output. */
    public Checked validate(Loaded loaded, BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loaded.diagnostics());
        loaded.site().ifPresent(site -> new ContentChecker(options.today()).check(site, diagnostics));
        Optional<Site> site = loaded.site().map(s -> publishable(s, options))
                .map(s -> LanguageSelection.restrict(s, options.languages(), diagnostics));
        return new Checked(site, loaded.theme(), diagnostics);
    }

    /** The site as it is built: drafts left out unless the options include them, at the address the options give. */
    public static Site publishable(Site site, BuildOptions options) {
        Site published = options.drafts() ? site : withoutDrafts(site);
        return options.baseUrl() == null ? published
                : new Site(published.siteDir(), published.config().withBaseUrl(options.baseUrl()), published.sources(), published.articles());
    }

    /** This builder with one more output step, run after the others. */
    public SiteBuilder with(OutputStep step) {
        List<OutputStep> more = new java.util.ArrayList<>(steps);
        more.add(step);
        return new SiteBuilder(more, closingSteps);
    }

    /** The markdown pipeline the content is loaded with (the preview server reloads files through it). */
    public MarkdownPipeline markdown() {
        return markdown;
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
            int pages;
            try (RunningSteps running = RunningSteps.start(steps, site, theme, recording, output.directory(), diagnostics)) {
                pages = renderPages(site, theme, recording, diagnostics);
                running.awaitAll(progress);
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

    /** Renders all pages; a template mistake becomes a diagnostic pointing at the template. Returns the number of pages. */
    public static int renderPages(Site site, Theme theme, OutputSink sink, Diagnostics diagnostics) {
        return reportingTemplateFailures(theme, diagnostics, () -> new SiteRenderer(site, theme, hasChecklists(site)).render(sink));
    }

    /**
     * Renders only the pages that the changed articles (ids, changed since {@code before}) affect, see
     * {@link SiteRenderer#renderAffected}; returns the path of every page the site now has (empty after a template error).
     */
    public static Set<String> renderAffectedPages(Site before, Site site, Theme theme, Set<String> changedIds, OutputSink sink, Diagnostics diagnostics) {
        try {
            return new SiteRenderer(site, theme, hasChecklists(site)).renderAffected(before, changedIds, sink);
        } catch (TemplateFailure failure) {
            diagnostics.add(templateError(theme, failure));
            return Set.of();
        }
    }

    /** The path of every page the site has, without rendering any. */
    public static Set<String> pagePaths(Site site, Theme theme) {
        return new SiteRenderer(site, theme, hasChecklists(site)).pagePaths();
    }

    /** Runs the output steps side by side and waits for them; a template mistake in a step becomes a diagnostic too. */
    public void runSteps(Site site, Theme theme, OutputSink sink, java.nio.file.Path directory, Diagnostics diagnostics, Progress progress) {
        try (RunningSteps running = RunningSteps.start(steps, site, theme, sink, directory, diagnostics)) {
            running.awaitAll(progress);
        }
    }

    static int reportingTemplateFailures(Theme theme, Diagnostics diagnostics, IntSupplier render) {
        try {
            return render.getAsInt();
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

    static boolean hasChecklists(Site site) {
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
            // section labels are per language (each language names its own section folders);
            // the editors' dashboard is only written in the default language
            java.util.List<String> missing = theme.strings().missingIn(language.code()).stream()
                    .filter(key -> !key.startsWith("section.") && !key.startsWith("dashboard.")).toList();
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

    /** A loaded site (empty when it could not be loaded), its theme, and the problems found while loading them. */
    public record Loaded(Optional<Site> site, Optional<Theme> theme, List<Diagnostic> diagnostics) {
    }

    /** A loaded and validated site (empty when it could not be loaded), its theme, and what was found. */
    public record Checked(Optional<Site> site, Optional<Theme> theme, Diagnostics diagnostics) {
    }
}
