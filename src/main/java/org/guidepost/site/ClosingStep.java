package org.guidepost.site;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;

/** A part of the build that runs after every other one and sees all the files they wrote (the service worker lists them). */
public interface ClosingStep {

    String name();

    void write(Site site, Theme theme, BuiltFiles files, OutputSink sink, Diagnostics diagnostics);
}
