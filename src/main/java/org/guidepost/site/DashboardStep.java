package org.guidepost.site;

import java.time.LocalDate;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.DashboardRenderer;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;

/** Writes the editors' content dashboard after the pages (`build --dashboard`, and always in `serve`). */
public final class DashboardStep implements OutputStep {

    private final LocalDate today;

    /** {@code today} decides which reviews are overdue or due soon. */
    public DashboardStep(LocalDate today) {
        this.today = today;
    }

    @Override
    public String name() {
        return "editors' dashboard";
    }

    @Override
    public void write(Site site, Theme theme, OutputSink sink, java.nio.file.Path directory, Diagnostics diagnostics) {
        new DashboardRenderer(site, theme, SiteBuilder.hasChecklists(site)).render(diagnostics.sorted(), today, sink);
    }
}
