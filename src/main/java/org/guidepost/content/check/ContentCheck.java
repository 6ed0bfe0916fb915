package org.guidepost.content.check;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;

/** One kind of content validation; reports findings, never throws for bad content. */
interface ContentCheck {

    void check(Site site, Diagnostics diagnostics);
}
