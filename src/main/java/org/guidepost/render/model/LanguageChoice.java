package org.guidepost.render.model;

/**
 * One entry of the language switcher: where the reader goes in that language. When the page is not
 * translated, {@code translated} is false and href leads to that language's home with a notice.
 */
public record LanguageChoice(String code, String name, String dir, String href, boolean current, boolean translated) {
}
