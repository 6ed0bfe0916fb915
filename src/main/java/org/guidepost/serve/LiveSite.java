package org.guidepost.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.guidepost.content.ContentLoader;
import org.guidepost.content.LinkResolver;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.Theme;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilder;

/**
 * The preview server's build: keeps the loaded site between changes, reloads only the changed article
 * files, renders only the pages they affect and writes only the files whose bytes changed; configuration,
 * sources and template changes rebuild everything. After the same edits the output folder holds exactly
 * what `guidepost build` would write. The browsers are told as soon as the pages are written; the
 * whole-site checks and the output steps (search index, checklists, dashboard) run after that, over the
 * whole site, so on very large sites the search index lags the pages by its own build time.
 */
final class LiveSite {

    private final SiteBuilder builder;
    private final BuildOptions options;
    private final Path outDir;
    private final LiveEvents events;
    private final ChangeClassifier classifier;
    private final Executor afterPages;

    /** The site as last loaded (null until it could be loaded), its theme, and the problems found loading them. */
    private Site loaded;
    private Theme theme;
    private List<Diagnostic> loadDiagnostics = List.of();
    /** The site whose pages are in the output folder (null until the first good build). */
    private Site rendered;
    private Set<String> renderedPages = Set.of();
    private Set<String> stepFiles = Set.of();
    /** Changes not yet in the output because the content had errors meanwhile. */
    private SourceChanges pending = SourceChanges.FULL;
    private Set<String> pendingIds = new HashSet<>();
    private List<Diagnostic> problems = List.of();
    /** The errors the whole-site checks found last. */
    private List<Diagnostic> checkErrors = List.of();
    /** Counts builds, so that the checks and steps of an outdated build are skipped. */
    private long generation;

    /** {@code afterPages} runs the checks and output steps of each build (a background thread, or at once in tests). */
    LiveSite(SiteBuilder builder, BuildOptions options, LiveEvents events, Executor afterPages) {
        this.builder = builder;
        this.afterPages = afterPages;
        this.options = options;
        this.outDir = options.outDir();
        this.events = events;
        this.classifier = new ChangeClassifier(options.siteDir());
    }

    /** Builds everything (the first build, and after a change that needs it). */
    synchronized void buildAll() {
        apply(SourceChanges.FULL);
    }

    /** Rebuilds what the changed paths affect; false when they do not concern the site (editors' scratch files). */
    synchronized boolean changed(Set<Path> paths) {
        SourceChanges changes = classifier.classify(paths, loaded);
        if (changes.isEmpty()) {
            return false;
        }
        apply(changes);
        return true;
    }

    synchronized List<Diagnostic> problems() {
        return problems;
    }

    private void apply(SourceChanges changes) {
        pending = pending.plus(changes);
        try {
            update(changes);
        } catch (RuntimeException e) {
            pending = SourceChanges.FULL; // the output may be half updated: the next change rebuilds everything
            throw e;
        }
    }

    /**
     * Loads what changed, renders the pages, tells the browsers, then runs the whole-site checks and the
     * output steps. Errors found while loading or rendering leave the output as it was (the changes wait
     * for the next build); errors of the whole-site checks (a broken link, an unknown source) are shown
     * over pages that already show the edit, and stop the output steps.
     */
    private void update(SourceChanges changes) {
        load(changes);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loadDiagnostics);
        if (loaded == null || theme == null || diagnostics.hasErrors()) {
            report(errorsIn(diagnostics)); // the changes stay pending
            return;
        }
        Site site = SiteBuilder.publishable(loaded, options);
        boolean everything = pending.full() || rendered == null;
        DiffingOutput pages = new DiffingOutput(outDir);
        Set<String> pagePaths;
        if (everything) {
            SiteBuilder.renderPages(site, theme, pages, diagnostics);
            pagePaths = diagnostics.hasErrors() ? Set.of() : SiteBuilder.pagePaths(site, theme);
        } else {
            pagePaths = SiteBuilder.renderAffectedPages(rendered, site, theme, Set.copyOf(pendingIds), pages, diagnostics);
            copyContentFiles(site, pending.contentFiles(), pages);
        }
        List<Diagnostic> renderErrors = errorsIn(diagnostics);
        report(renderErrors);
        if (!renderErrors.isEmpty()) {
            return; // a template error: the changes stay pending
        }
        if (everything) {
            Set<String> kept = new HashSet<>(pages.given());
            kept.addAll(stepFiles);
            removeAllBut(kept, pages);
        } else {
            renderedPages.stream().filter(path -> !pagePaths.contains(path)).forEach(pages::delete);
        }
        rendered = site;
        renderedPages = pagePaths;
        pending = SourceChanges.NONE;
        pendingIds = new HashSet<>();
        if (everything || !pages.changed().isEmpty()) {
            events.changed(pages.changed(), everything);
        }
        long build = ++generation;
        SiteBuilder.Loaded snapshot = new SiteBuilder.Loaded(Optional.of(loaded), Optional.of(theme), loadDiagnostics);
        Theme builtWith = theme;
        afterPages.execute(() -> checkAndRunSteps(build, snapshot, site, builtWith, pagePaths));
    }

    /**
     * The second half of a build, after the browsers were told: the whole-site checks, then the output
     * steps. Skipped when a newer build has started meanwhile (it will do this again).
     */
    private void checkAndRunSteps(long build, SiteBuilder.Loaded snapshot, Site site, Theme builtWith, Set<String> pagePaths) {
        if (build != currentGeneration()) {
            return;
        }
        SiteBuilder.Checked checked = builder.validate(snapshot, options);
        DiffingOutput steps = new DiffingOutput(outDir);
        if (!checked.diagnostics().hasErrors()) {
            builder.runSteps(site, builtWith, steps, outDir, checked.diagnostics(), Progress.SILENT);
        }
        synchronized (this) {
            if (build != generation) {
                return;
            }
            checkErrors = errorsIn(checked.diagnostics());
            if (!report(List.of())) {
                return;
            }
            stepFiles.stream().filter(path -> !steps.given().contains(path) && !pagePaths.contains(path)).forEach(steps::delete);
            stepFiles = steps.given();
        }
        if (!steps.changed().isEmpty()) {
            events.changed(steps.changed(), false);
        }
    }

    private synchronized long currentGeneration() {
        return generation;
    }

    /** Loads the whole site again, or only the changed article files (with their other language versions). */
    private void load(SourceChanges changes) {
        if (pending.full()) {
            SiteBuilder.Loaded fresh = builder.load(options);
            loaded = fresh.site().orElse(null);
            theme = fresh.theme().orElse(null);
            loadDiagnostics = fresh.diagnostics();
            return;
        }
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.Reloaded reloaded = new ContentLoader(builder.markdown()).reload(loaded, changes.articleFiles(), diagnostics);
        loaded = reloaded.site();
        pendingIds.addAll(reloaded.ids());
        List<Diagnostic> kept = new ArrayList<>(loadDiagnostics.stream().filter(d -> !reloaded.files().contains(d.file())).toList());
        kept.addAll(diagnostics.sorted());
        loadDiagnostics = List.copyOf(kept);
    }

    /**
     * Publishes the problems: the given errors of loading or rendering, with those the whole-site checks
     * found last (they stand until the checks run again). True when there are none.
     */
    private boolean report(List<Diagnostic> errors) {
        List<Diagnostic> all = new ArrayList<>(errors);
        checkErrors.stream().filter(error -> !all.contains(error)).forEach(all::add);
        all.sort(Diagnostic.REPORT_ORDER);
        if (!all.equals(problems)) {
            problems = List.copyOf(all);
            events.problems(problems);
        }
        return all.isEmpty();
    }

    private static List<Diagnostic> errorsIn(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    /** Images and other files of the language folders: copied when they exist, removed from the output when they do not. */
    private static void copyContentFiles(Site site, Set<Path> files, DiffingOutput output) {
        LinkResolver resolver = new LinkResolver(site);
        for (Path file : files) {
            String path = resolver.outputPathOf(file);
            if (Files.isRegularFile(file)) {
                output.copy(path, file);
            } else {
                output.delete(path);
            }
        }
    }

    /** After a full build: removes every file of the output folder that the build did not write. */
    private void removeAllBut(Set<String> kept, DiffingOutput output) {
        try (Stream<Path> files = Files.walk(outDir)) {
            files.filter(Files::isRegularFile)
                    .map(file -> outDir.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !kept.contains(path))
                    .toList()
                    .forEach(output::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + outDir, e);
        }
    }
}
