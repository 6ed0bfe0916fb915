package org.guidepost.site;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;

/** A part of the build that writes output after the pages (search index, checklists...). */
public interface OutputStep {

    String name();

    void write(Site site, Theme theme, OutputSink sink, Diagnostics diagnostics);
}
