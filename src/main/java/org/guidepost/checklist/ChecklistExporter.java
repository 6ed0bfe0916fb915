package org.guidepost.checklist;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.guidepost.content.Site;
import org.guidepost.content.checklist.ChecklistDefinition;
import org.guidepost.content.checklist.ChecklistDefinitionReader;
import org.guidepost.content.checklist.ChecklistItems;
import org.guidepost.content.checklist.ChecklistResolver;
import org.guidepost.content.checklist.ResolvedChecklist;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.Theme;

/** One checklist in one language as a file: print HTML, PDF, Markdown or plain text (what `guidepost checklist` writes). */
public final class ChecklistExporter {

    /** The formats a checklist can be exported in. */
    public enum Format { html, pdf, md, txt }

    private final Site site;
    private final ChecklistDocuments documents;
    private final List<PdfFont> fontCandidates;

    public ChecklistExporter(Site site, Theme theme) {
        this(site, theme, PdfFont.CANDIDATES);
    }

    ChecklistExporter(Site site, Theme theme, List<PdfFont> fontCandidates) {
        this.site = site;
        this.documents = new ChecklistDocuments(site, theme);
        this.fontCandidates = List.copyOf(fontCandidates);
    }

    public byte[] export(String name, String lang, Format format) throws ChecklistExportException {
        List<ChecklistDefinition> definitions = new ChecklistDefinitionReader(site.config()).read(site.contentDir(), new Diagnostics());
        ChecklistDefinition definition = definitions.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new ChecklistExportException("no checklist named '" + name + "'",
                        definitions.isEmpty() ? "define one in content/checklists/<name>.yaml (see docs/content-format.md)"
                                : "use one of: " + String.join(", ", definitions.stream().map(ChecklistDefinition::name).toList()), true));
        if (site.config().language(lang).isEmpty()) {
            throw new ChecklistExportException("'" + lang + "' is not a language of this site",
                    "use one of: " + String.join(", ", site.config().languages().stream().map(l -> l.code()).toList()), true);
        }
        ResolvedChecklist checklist = new ChecklistResolver(ChecklistItems.of(site), site.config().defaultLanguage()).resolve(definition, lang);
        return switch (format) {
            case html -> documents.printHtml(checklist).getBytes(StandardCharsets.UTF_8);
            case md -> documents.markdown(checklist).getBytes(StandardCharsets.UTF_8);
            case txt -> documents.text(checklist).getBytes(StandardCharsets.UTF_8);
            case pdf -> documents.pdf(checklist, PdfFont.find(fontCandidates)
                    .orElseThrow(() -> new ChecklistExportException("no font for PDF checklists was found", PdfFont.MISSING_HINT, false)));
        };
    }
}
