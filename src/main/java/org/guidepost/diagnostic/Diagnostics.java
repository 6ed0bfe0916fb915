package org.guidepost.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics from every stage of a build; safe to fill from several threads. */
public final class Diagnostics {

    private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    /** Adds what another collection holds, in the order it was added there. */
    public void addAll(Diagnostics other) {
        synchronized (other.items) {
            other.items.forEach(items::add);
        }
    }

    public boolean hasErrors() {
        synchronized (items) {
            return items.stream().anyMatch(Diagnostic::isError);
        }
    }

    public long errorCount() {
        synchronized (items) {
            return items.stream().filter(Diagnostic::isError).count();
        }
    }

    public long warningCount() {
        synchronized (items) {
            return items.stream().filter(d -> !d.isError()).count();
        }
    }

    /** A sorted, deduplicated snapshot. */
    public List<Diagnostic> sorted() {
        synchronized (items) {
            return items.stream().distinct().sorted(Diagnostic.REPORT_ORDER).toList();
        }
    }
}
