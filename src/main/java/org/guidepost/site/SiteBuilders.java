package org.guidepost.site;

import java.util.ArrayList;
import java.util.List;

import org.guidepost.offline.BundleReadmeStep;
import org.guidepost.offline.ServiceWorkerStep;

/** Wires the site builder with every output step the tool has (the one place to add a step). */
public final class SiteBuilders {

    private SiteBuilders() {
    }

    public static SiteBuilder standard() {
        return new SiteBuilder(outputSteps(), closingSteps());
    }

    /** The standard build plus what an offline copy adds: a README in each language saying how to open it. */
    public static SiteBuilder forBundle() {
        List<OutputStep> steps = new ArrayList<>(outputSteps());
        steps.add(new BundleReadmeStep());
        return new SiteBuilder(steps, closingSteps());
    }

    /** What `serve` builds: the standard output without the closing steps (a service worker would cache a preview). */
    public static SiteBuilder forPreview() {
        return new SiteBuilder(outputSteps(), List.of());
    }

    private static List<OutputStep> outputSteps() {
        return List.of(new ChecklistOutput(), new SearchIndexStep());
    }

    private static List<ClosingStep> closingSteps() {
        return List.of(new ServiceWorkerStep());
    }
}
