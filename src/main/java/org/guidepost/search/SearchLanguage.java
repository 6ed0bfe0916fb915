package org.guidepost.search;

/** A language to index: its BCP 47 code and the analyzer name from site.yaml (null: default for the code). */
public record SearchLanguage(String code, String analyzer) {
}
