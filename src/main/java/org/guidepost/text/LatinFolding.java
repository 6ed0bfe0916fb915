package org.guidepost.text;

import java.text.Normalizer;

/** Removes diacritics from Latin letters, including letters Unicode does not decompose (đ, ø, ł, ß...). */
public final class LatinFolding {

    /** Up to here, by char, {@link #LETTER_FOLDS} has the ASCII fold of Latin letters (covers Latin-1 to Latin Extended Additional). */
    private static final char LETTER_FOLDS_END = '\u1F00';
    private static final String[] LETTER_FOLDS = letterFolds();

    private LatinFolding() {
    }

    public static String fold(String text) {
        if (isAscii(text)) {
            return text;
        }
        String byLetter = foldByLetter(text);
        return byLetter != null ? byLetter : foldDecomposed(text);
    }

    /**
     * The fold of a text made of ASCII and of letters with an ASCII fold, letter by letter, else null. It equals the
     * decomposing fold: each such letter decomposes to a Latin base letter and marks, so the marks it drops never
     * belong to a neighbour, and ASCII text is its own normal form.
     */
    private static String foldByLetter(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c < LETTER_FOLDS_END && LETTER_FOLDS[c] != null) {
                out.append(LETTER_FOLDS[c]);
            } else {
                return null;
            }
        }
        return out.toString();
    }

    private static String[] letterFolds() {
        String[] folds = new String[LETTER_FOLDS_END];
        for (char c = 0x80; c < LETTER_FOLDS_END; c++) {
            if (Character.isLetter(c) && isLatin(c)) {
                String folded = foldDecomposed(String.valueOf(c));
                if (!folded.isEmpty() && isAscii(folded)) {
                    folds[c] = folded;
                }
            }
        }
        return folds;
    }

    /** The general fold: decompose, drop the marks of Latin letters, replace the letters Unicode does not decompose, recompose. */
    static String foldDecomposed(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int previousBase = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (mark && previousBase >= 0 && isLatin(previousBase)) {
                continue;
            }
            String replacement = undecomposable(cp);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.appendCodePoint(cp);
            }
            if (!mark) {
                previousBase = cp;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static String undecomposable(int cp) {
        switch (cp) {
            case 'đ': return "d";
            case 'Đ': return "D";
            case 'ø': return "o";
            case 'Ø': return "O";
            case 'ł': return "l";
            case 'Ł': return "L";
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'Æ': return "AE";
            case 'œ': return "oe";
            case 'Œ': return "OE";
            case 'ħ': return "h";
            case 'ı': return "i";
            case 'þ': return "th";
            case 'ð': return "d";
            default: return null;
        }
    }
}
