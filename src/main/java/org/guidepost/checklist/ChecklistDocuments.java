package org.guidepost.checklist;

import java.util.HashMap;
import java.util.Map;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Site;
import org.guidepost.content.checklist.ResolvedChecklist;
import org.guidepost.render.Labels;
import org.guidepost.render.SitePaths;
import org.guidepost.render.TemplateRenderer;
import org.guidepost.render.Theme;

/** The standalone forms of one resolved checklist: print HTML (the theme's checklist-print.ftlh), PDF, Markdown and plain text. */
public final class ChecklistDocuments {

    private final Site site;
    private final Theme theme;
    private final TemplateRenderer templates;
    private final PdfCache pdfCache;

    public ChecklistDocuments(Site site, Theme theme) {
        this.site = site;
        this.theme = theme;
        this.templates = new TemplateRenderer(theme.templates());
        this.pdfCache = PdfCache.in(site.siteDir());
    }

    public Labels labels(String lang) {
        return new Labels(theme.strings(), lang, site.config().language(lang).orElseThrow().locale());
    }

    /** A self-contained printable page (styles inline, no scripts), also the source of the PDF. */
    public String printHtml(ResolvedChecklist checklist) {
        String path = SitePaths.checklistPdf(checklist.lang(), checklist.name());
        LanguageConfig language = site.config().language(checklist.lang()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("checklist", new ChecklistViewFactory(site, labels(checklist.lang())).create(checklist, path, null));
        model.put("t", theme.strings().forLanguage(checklist.lang()));
        model.put("dir", language.direction().attribute());
        model.put("fontFamily", ChecklistPdfRenderer.FONT_FAMILY);
        return templates.render("checklist-print.ftlh", model);
    }

    /** The checklist as a PDF: laid out anew only when its print HTML, font or renderer changed since it was cached. */
    byte[] pdf(ResolvedChecklist checklist, PdfFont font) {
        String html = printHtml(checklist);
        return pdfCache.pdf(checklist.lang() + "-" + checklist.name(), html, font, () -> new ChecklistPdfRenderer(font).render(html));
    }

    public String markdown(ResolvedChecklist checklist) {
        return ChecklistText.markdown(plainView(checklist), labels(checklist.lang()));
    }

    public String text(ResolvedChecklist checklist) {
        return ChecklistText.text(plainView(checklist), labels(checklist.lang()));
    }

    private ChecklistView plainView(ResolvedChecklist checklist) {
        return new ChecklistViewFactory(site, labels(checklist.lang())).create(checklist, SitePaths.checklist(checklist.lang(), checklist.name()), null);
    }
}
