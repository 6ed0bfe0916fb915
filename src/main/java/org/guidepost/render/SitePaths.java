package org.guidepost.render;

/** Where each kind of page is published, as site-root-relative paths. */
public final class SitePaths {

    public static final String ROOT = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String ASSETS = "assets/";
    public static final String TRANSLATION_STATUS = "editors/translations/index.html";
    public static final String DASHBOARD = "editors/dashboard/index.html";

    private SitePaths() {
    }

    public static String home(String lang) {
        return lang + "/index.html";
    }

    public static String section(String lang, String section) {
        return lang + "/" + section + "/index.html";
    }

    public static String topics(String lang) {
        return lang + "/topics/index.html";
    }

    public static String topic(String lang, String key) {
        return lang + "/topics/" + key + "/index.html";
    }

    public static String sources(String lang) {
        return lang + "/sources/index.html";
    }

    public static String search(String lang) {
        return lang + "/search/index.html";
    }

    public static String checklists(String lang) {
        return lang + "/checklists/index.html";
    }

    public static String checklist(String lang, String name) {
        return lang + "/checklists/" + name + "/index.html";
    }

    /** The PDF beside a checklist page, named with its language so downloads stay apart. */
    public static String checklistPdf(String lang, String name) {
        return lang + "/checklists/" + name + "/" + name + "-" + lang + ".pdf";
    }

    public static String checklistBuilder(String lang) {
        return lang + "/checklists/" + org.guidepost.content.checklist.ChecklistDefinitionReader.BUILDER_NAME + "/index.html";
    }

    /** The script holding one part (a topic) of the builder's catalogue. */
    public static String checklistBuilderPart(String lang, int index) {
        return lang + "/checklists/" + org.guidepost.content.checklist.ChecklistDefinitionReader.BUILDER_NAME + "/part-" + index + ".js";
    }

    public static String feed(String lang) {
        return lang + "/feed.xml";
    }

    public static String asset(String name) {
        return ASSETS + name;
    }
}
