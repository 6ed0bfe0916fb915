package org.guidepost.content.check;

import java.time.LocalDate;
import java.util.List;

import org.guidepost.concurrent.AllInParallel;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;

/** Runs every content check over a loaded site: the single source of truth for `check` and `build`. */
public final class ContentChecker {

    private final List<ContentCheck> checks;

    /** {@code today} decides which reviews are overdue (passed in so results do not depend on the clock). */
    public ContentChecker(LocalDate today) {
        this.checks = List.of(
                new DuplicateIdCheck(),
                new SourceReferenceCheck(),
                new LinkCheck(),
                new ReviewCheck(today),
                new TranslationCheck(),
                new TopicKeyCheck(),
                new ChecklistItemCheck(),
                new ChecklistTranslationCheck(),
                new ChecklistDefinitionCheck());
    }

    /** Runs the checks side by side, each into diagnostics of its own, merged in the order of the checks. */
    public void check(Site site, Diagnostics diagnostics) {
        List<Diagnostics> found = AllInParallel.map(checks, check -> {
            Diagnostics ofCheck = new Diagnostics();
            check.check(site, ofCheck);
            return ofCheck;
        });
        found.forEach(diagnostics::addAll);
    }
}
