package org.guidepost.serve;

import java.util.List;
import java.util.Set;

import org.guidepost.diagnostic.Diagnostic;

/** What the live site tells the browsers: files that changed (so pages showing them reload), and the current problems. */
interface LiveEvents {

    /** Output files changed or removed; {@code everything} after a full rebuild. */
    void changed(Set<String> paths, boolean everything);

    /** The errors that stop the build now (empty once it builds again). */
    void problems(List<Diagnostic> errors);
}
