package org.guidepost.site;

/** Reports how far a build has come: stages, and items within a stage. Implementations must be thread-safe. */
public interface Progress {

    Progress SILENT = new Progress() {
        @Override
        public void stage(String name, int total) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void finish() {
        }
    };

    /** A new stage begins with {@code total} items (0 when unknown). */
    void stage(String name, int total);

    void advance();

    void finish();
}
