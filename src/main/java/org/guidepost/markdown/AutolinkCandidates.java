package org.guidepost.markdown;

/**
 * A cheap test of whether Markdown may hold a bare URL or e-mail address for flexmark's autolink extension to link,
 * so that documents without one skip its pass over every text node. It answers yes whenever the extension's link
 * extractor could find something: text with "://", "www." or an "@" right after a character that can end the local
 * part of an address, and any text with a backslash escape or an entity, which can spell those characters.
 */
final class AutolinkCandidates {

    private AutolinkCandidates() {
    }

    static boolean mayOccurIn(String markdown) {
        // the extractor recognizes "www." in lower case only
        return markdown.indexOf('\\') >= 0 || markdown.indexOf('&') >= 0
                || markdown.contains("://") || markdown.contains("www.") || hasAddressLikeAt(markdown);
    }

    // an address needs a local part right before its "@", which neither "[" nor a space or control character can end:
    // citations ("[@key]", "[@a; @b]") have none
    private static boolean hasAddressLikeAt(String markdown) {
        for (int at = markdown.indexOf('@', 1); at >= 0; at = markdown.indexOf('@', at + 1)) {
            char before = markdown.charAt(at - 1);
            if (before != '[' && before > ' ') {
                return true;
            }
        }
        return false;
    }
}
