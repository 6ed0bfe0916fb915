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
        String[] from = fromPage.split("/");
        String[] to = target.split("/", -1);
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder();
        url.append("../".repeat(from.length - 1 - common));
        for (int i = common; i < to.length; i++) {
            url.append(encodeSegment(to[i]));
            if (i < to.length - 1) {
                url.append('/');
            }
        }
        return url.length() == 0 ? "./" : url.toString();
    }

    /** Percent-encodes what a path segment cannot hold literally; keeps non-ASCII letters (valid IRIs). */
    private static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (char c : segment.toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '#' -> out.append("%23");
                case '?' -> out.append("%3F");
                case '%' -> out.append("%25");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
