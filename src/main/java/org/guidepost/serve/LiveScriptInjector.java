package org.guidepost.serve;

/**
 * Adds the live-reload script (and the current problems, as JSON data for the overlay) to HTML
 * responses of the preview server; the files on disk stay exactly as `guidepost build` writes them.
 */
final class LiveScriptInjector {

    static final String SCRIPT_PATH = "/__guidepost/live.js";

    private LiveScriptInjector() {
    }

    /**
     * @param problemsJson the current errors as JSON ("[]" when there are none)
     * @param rootBase     true for pages served at another address than their own (404), so their relative links still work
     */
    static String inject(String html, String problemsJson, boolean rootBase) {
        StringBuilder snippet = new StringBuilder();
        if (!"[]".equals(problemsJson)) {
            snippet.append("<script type=\"application/json\" id=\"gp-live-problems\">").append(problemsJson).append("</script>\n");
        }
        snippet.append("<script src=\"").append(SCRIPT_PATH).append("\" defer></script>\n");
        String page = rootBase ? withRootBase(html) : html;
        int end = page.lastIndexOf("</body>");
        return end < 0 ? page + snippet : page.substring(0, end) + snippet + page.substring(end);
    }

    private static String withRootBase(String html) {
        int head = html.indexOf("<head>");
        return head < 0 ? html : html.substring(0, head + 6) + "\n<base href=\"/\">" + html.substring(head + 6);
    }
}
