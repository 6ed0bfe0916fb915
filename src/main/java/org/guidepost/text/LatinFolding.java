package org.guidepost.text;

import java.text.Normalizer;

/** Removes diacritics from Latin letters, including letters Unicode does not decompose (đ, ø, ł, ß...). */
public final class LatinFolding {

    private LatinFolding() {
    }

    public static String fold(String text) {
        if (isAscii(text)) {
            return text;
        }
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
