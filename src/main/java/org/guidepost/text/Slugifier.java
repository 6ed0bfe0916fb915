package org.guidepost.text;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and names into URL- and id-safe slugs: Latin letters folded to ASCII, other scripts kept. */
public final class Slugifier {

    private Slugifier() {
    }

    /**
     * "Giải pháp tăng tiết sữa" becomes "giai-phap-tang-tiet-sua"; "นมแม่" stays "นมแม่" (no Latin form);
     * returns an empty string when nothing usable is left, so callers can fall back (e.g. to an id).
     */
    public static String slugify(String text) {
        String folded = LatinFolding.fold(text).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean pendingDash = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isCombiningMarkOfNonLatinScript(cp)) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                pendingDash = false;
                slug.appendCodePoint(cp);
            } else {
                pendingDash = true;
            }
        }
        return Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    // Thai, Devanagari, Arabic... write vowels and tones as combining marks; dropping them would garble the word.
    private static boolean isCombiningMarkOfNonLatinScript(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
