package org.guidepost.content;

/** An author or reviewer: a name and, for health professionals, their credential. */
public record Person(String name, String credential) {

    /** "Specialist level 2 doctor Nguyen Chi Thanh" style display is left to templates; this is "Name, credential". */
    public String display() {
        return credential == null || credential.isBlank() ? name : name + ", " + credential;
    }
}
