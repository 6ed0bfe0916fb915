package org.guidepost.scaffold;

/** A scaffolding request that cannot be carried out (file exists, unknown id...); the message says why. */
public final class ScaffoldException extends RuntimeException {

    public ScaffoldException(String message) {
        super(message);
    }
}
