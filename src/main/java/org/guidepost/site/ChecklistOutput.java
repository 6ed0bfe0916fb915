package org.guidepost.site;

import java.nio.file.Files;

import org.guidepost.checklist.ChecklistPublisher;
import org.guidepost.content.Site;
import org.guidepost.content.checklist.ChecklistDefinitionReader;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.TemplateFailure;
import org.guidepost.render.Theme;

/** The output step for checklists (pages, PDFs, builder), run when the site has a content/checklists/ folder. */
final class ChecklistOutput implements OutputStep {

    @Override
    public String name() {
        return "writing checklists";
    }

    @Override
    public void write(Site site, Theme theme, OutputSink sink, java.nio.file.Path directory, Diagnostics diagnostics) {
        if (!Files.isDirectory(site.contentDir().resolve(ChecklistDefinitionReader.FOLDER))) {
            return;
        }
        try {
            new ChecklistPublisher(site, theme).write(sink, diagnostics);
        } catch (TemplateFailure failure) {
            diagnostics.add(SiteBuilder.templateError(theme, failure));
        }
    }
}
