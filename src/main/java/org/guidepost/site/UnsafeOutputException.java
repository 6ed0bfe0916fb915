package org.guidepost.site;

/** The output folder would overwrite something precious (the site, its content, /, the home folder). */
public final class UnsafeOutputException extends RuntimeException {

    public UnsafeOutputException(String message) {
        super(message);
    }
}
