package org.guidepost.diagnostic;

/** How bad a diagnostic is: errors stop a build, warnings are reported and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
