package org.guidepost.offline;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;
import org.guidepost.site.OutputStep;

/**
 * Writes, beside index.html, a short note in each language of an offline copy saying how to open it
 * (file name and text from the i18n keys bundle.readme_file and bundle.readme). UTF-8 with a byte
 * order mark and CRLF line ends, so the oldest Notepad shows Vietnamese correctly.
 */
public final class BundleReadmeStep implements OutputStep {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Override
    public String name() {
        return "readme";
    }

    @Override
    public void write(Site site, Theme theme, OutputSink sink, java.nio.file.Path directory, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        for (LanguageConfig language : site.config().languages()) {
            String lang = language.code();
            String file = theme.strings().get(lang, "bundle.readme_file");
            if (!used.add(file)) {
                file = file.replaceFirst("(\\.txt)?$", "-" + lang + ".txt");
                used.add(file);
            }
            String text = site.config().titleIn(lang) + "\n\n" + theme.strings().get(lang, "bundle.readme").strip() + "\n";
            sink.write(file, (BYTE_ORDER_MARK + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        }
    }
}
