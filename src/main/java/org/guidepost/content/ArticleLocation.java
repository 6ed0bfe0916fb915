package org.guidepost.content;

import java.nio.file.Path;

/** Where an article file sits: content/<lang>/<section>/<slug>.md, or <slug>/index.md for a bundle (bundleDir set). */
record ArticleLocation(Path file, String lang, String section, String slug, Path bundleDir) {
}
