package org.guidepost.checklist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.guidepost.concurrent.AllInParallel;
import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Site;
import org.guidepost.content.checklist.ChecklistDefinition;
import org.guidepost.content.checklist.ChecklistDefinitionReader;
import org.guidepost.content.checklist.ChecklistItem;
import org.guidepost.content.checklist.ChecklistItems;
import org.guidepost.content.checklist.ChecklistResolver;
import org.guidepost.content.checklist.Frequency;
import org.guidepost.content.checklist.ResolvedChecklist;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.Labels;
import org.guidepost.render.OutputSink;
import org.guidepost.render.PageInfoFactory;
import org.guidepost.render.RelativeUrls;
import org.guidepost.render.SitePaths;
import org.guidepost.render.TemplateRenderer;
import org.guidepost.render.Theme;
import org.guidepost.render.model.PageInfo;
import org.guidepost.text.Json;

/**
 * Writes every language's checklists: the index, one interactive page and one PDF per checklist, and the
 * "make my checklist" builder page with the scripts that hold its catalogue, one per topic.
 */
public final class ChecklistPublisher {

    /** A catalogue this small is loaded whole when the builder opens; a larger one a topic at a time. */
    private static final int LOAD_ALL_UP_TO = 500;

    private final Site site;
    private final Theme theme;
    private final List<PdfFont> fontCandidates;
    private final int loadAllUpTo;
    private final TemplateRenderer templates;
    private final PageInfoFactory pageInfos;
    private final ChecklistDocuments documents;

    public ChecklistPublisher(Site site, Theme theme) {
        this(site, theme, PdfFont.CANDIDATES);
    }

    ChecklistPublisher(Site site, Theme theme, List<PdfFont> fontCandidates) {
        this(site, theme, fontCandidates, LOAD_ALL_UP_TO);
    }

    /** A publisher whose builder page loads its whole catalogue at once up to {@code loadAllUpTo} actions. */
    ChecklistPublisher(Site site, Theme theme, List<PdfFont> fontCandidates, int loadAllUpTo) {
        this.loadAllUpTo = loadAllUpTo;
        this.site = site;
        this.theme = theme;
        this.fontCandidates = List.copyOf(fontCandidates);
        this.templates = new TemplateRenderer(theme.templates());
        this.pageInfos = new PageInfoFactory(site.config(), theme.strings(), true);
        this.documents = new ChecklistDocuments(site, theme);
    }

    public void write(OutputSink sink, Diagnostics diagnostics) {
        Optional<PdfFont> font = PdfFont.find(fontCandidates);
        if (font.isEmpty()) {
            diagnostics.add(Diagnostic.error("pdf-font", site.contentDir().resolve(ChecklistDefinitionReader.FOLDER), 0, 0,
                    "no font for the checklist PDFs: none of " + fontCandidates.stream().map(f -> f.regular().toString()).toList() + " exists",
                    PdfFont.MISSING_HINT));
            return;
        }
        // definitions were checked with the content; a broken one is already an error that stops the build
        List<ChecklistDefinition> definitions = new ChecklistDefinitionReader(site.config()).read(site.contentDir(), new Diagnostics());
        ChecklistItems items = ChecklistItems.of(site);
        ChecklistResolver resolver = new ChecklistResolver(items, site.config().defaultLanguage());
        List<ResolvedChecklist> all = new ArrayList<>();
        for (LanguageConfig language : site.config().languages()) {
            String lang = language.code();
            List<ResolvedChecklist> checklists = definitions.stream().map(d -> resolver.resolve(d, lang)).toList();
            writeIndex(lang, checklists, sink);
            checklists.forEach(checklist -> writeChecklist(checklist, sink));
            writeBuilder(lang, items.in(lang), sink);
            all.addAll(checklists);
        }
        // laying out a PDF takes far longer than a page: they are made on every core
        AllInParallel.forEach(all, checklist -> sink.write(SitePaths.checklistPdf(checklist.lang(), checklist.name()),
                documents.pdf(checklist, font.get())));
    }

    private void writeIndex(String lang, List<ResolvedChecklist> checklists, OutputSink sink) {
        Labels labels = documents.labels(lang);
        String path = SitePaths.checklists(lang);
        PageInfo page = pageInfos.create(path, "checklists", lang, labels.text("checklists"), labels.text("checklist.index_intro"),
                allLanguages(SitePaths::checklists), List.of(Map.entry(SitePaths.home(lang), labels.text("home"))));
        List<ChecklistSummary> summaries = checklists.stream()
                .map(c -> new ChecklistSummary(c.name(), c.title(), c.intro(), RelativeUrls.between(path, SitePaths.checklist(lang, c.name())),
                        RelativeUrls.between(path, SitePaths.checklistPdf(lang, c.name())),
                        labels.text("checklist.count").replace("{count}", String.valueOf(c.items().size()))))
                .toList();
        Map<String, Object> model = model(page);
        model.put("checklists", summaries);
        model.put("builderHref", RelativeUrls.between(path, SitePaths.checklistBuilder(lang)));
        write(sink, page, "checklists.ftlh", model);
    }

    private void writeChecklist(ResolvedChecklist checklist, OutputSink sink) {
        String lang = checklist.lang();
        Labels labels = documents.labels(lang);
        String path = SitePaths.checklist(lang, checklist.name());
        PageInfo page = pageInfos.create(path, "checklist", lang, checklist.title(), checklist.intro(),
                allLanguages(code -> SitePaths.checklist(code, checklist.name())), trail(lang, labels));
        Map<String, Object> model = model(page);
        model.put("checklist", new ChecklistViewFactory(site, labels).create(checklist, path, SitePaths.checklistPdf(lang, checklist.name())));
        write(sink, page, "checklist.ftlh", model);
    }

    private void writeBuilder(String lang, List<ChecklistItem> items, OutputSink sink) {
        Labels labels = documents.labels(lang);
        String path = SitePaths.checklistBuilder(lang);
        // by page path: an article record's own hash code would hash all its content, for every item
        Map<String, List<ChecklistItem>> byArticle = new LinkedHashMap<>();
        items.forEach(item -> byArticle.computeIfAbsent(item.article().path(), page -> new ArrayList<>()).add(item));
        List<ResolvedChecklist.Section> groups = byArticle.values().stream()
                .map(group -> new ResolvedChecklist.Section(group.get(0).article().title(), List.copyOf(group))).toList();
        ChecklistView catalogue = new ChecklistViewFactory(site, labels)
                .create(ChecklistDefinitionReader.BUILDER_NAME, labels.text("builder.title"), labels.text("builder.intro"), groups, path, null);
        List<BuilderView.Part> parts = BuilderParts.of(catalogue, labels.text("builder.other_topics"),
                index -> RelativeUrls.between(path, SitePaths.checklistBuilderPart(lang, index)));
        List<BuilderView.Option> frequencies = java.util.Arrays.stream(Frequency.values())
                .filter(f -> items.stream().anyMatch(i -> i.frequency().orElse(null) == f))
                .map(f -> new BuilderView.Option(f.key(), labels.text("frequency." + f.key()))).toList();
        PageInfo page = pageInfos.create(path, "checklist-builder", lang, labels.text("builder.title"), labels.text("builder.intro"),
                allLanguages(SitePaths::checklistBuilder), trail(lang, labels));
        Map<String, Object> model = model(page);
        model.put("builder", new BuilderView(catalogue, parts, frequencies, items.size() <= loadAllUpTo));
        write(sink, page, "checklist-builder.ftlh", model);
        for (BuilderView.Part part : parts) {
            sink.write(SitePaths.checklistBuilderPart(lang, part.index()),
                    ("GuidepostBuilderPart(" + part.index() + "," + Json.writeForScriptFile(BuilderPartData.of(part)) + ");\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Map.Entry<String, String>> trail(String lang, Labels labels) {
        return List.of(Map.entry(SitePaths.home(lang), labels.text("home")), Map.entry(SitePaths.checklists(lang), labels.text("checklists")));
    }

    private void write(OutputSink sink, PageInfo page, String template, Map<String, Object> model) {
        sink.write(page.path(), templates.renderUtf8(template, model));
    }

    private Map<String, Object> model(PageInfo page) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("t", theme.strings().forLanguage(page.lang()));
        return model;
    }

    private Map<String, String> allLanguages(Function<String, String> pathOf) {
        Map<String, String> paths = new LinkedHashMap<>();
        site.config().languages().forEach(l -> paths.put(l.code(), pathOf.apply(l.code())));
        return paths;
    }
}
