package org.guidepost.render;

/**
 * Relative links between site-root-relative page paths ("en/guides/a/index.html"), so the site works
 * from file:// and under any HTTP sub-path.
 */
public final class RelativeUrls {

    private RelativeUrls() {
    }

    /** "../../" for "en/guides/index.html"; "" for "index.html". */
    public static String rootOf(String fromPage) {
        int depth = (int) fromPage.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The shortest relative URL from one page to a target path (both site-root-relative). */
    public static String between(String fromPage, String target) {
        int fromFolder = fromPage.lastIndexOf('/') + 1;
        // the folders both paths start with: a whole number of folder names, none of them either path's last part
        int limit = Math.min(fromFolder, target.lastIndexOf('/') + 1);
        int shared = 0;
        for (int i = 0; i < limit && fromPage.charAt(i) == target.charAt(i); i++) {
            if (target.charAt(i) == '/') {
                shared = i + 1;
            }
        }
        StringBuilder url = new StringBuilder(target.length() - shared + 16);
        for (int i = shared; i < fromFolder; i++) {
            if (fromPage.charAt(i) == '/') {
                url.append("../");
            }
        }
        appendEncoded(url, target, shared);
        return url.length() == 0 ? "./" : url.toString();
    }

    /** Percent-encodes what a path segment cannot hold literally; keeps non-ASCII letters (valid IRIs). */
    private static void appendEncoded(StringBuilder url, String path, int from) {
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case ' ' -> url.append("%20");
                case '#' -> url.append("%23");
                case '?' -> url.append("%3F");
                case '%' -> url.append("%25");
                default -> url.append(c);
            }
        }
    }
}
