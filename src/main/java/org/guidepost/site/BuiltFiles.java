package org.guidepost.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files a build wrote (site-root-relative paths) with the fingerprint of each (see {@link FileFingerprint}), and a version derived from them all. */
public record BuiltFiles(SortedMap<String, String> fingerprints) {

    public BuiltFiles {
        fingerprints = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fingerprints));
    }

    public List<String> paths() {
        return List.copyOf(fingerprints.keySet());
    }

    /** A short hash of every path and content: it changes whenever any built file changes. */
    public String version() {
        MessageDigest digest = versionDigest();
        for (Map.Entry<String, String> file : fingerprints.entrySet()) {
            digest.update((file.getKey() + '\0' + file.getValue() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest versionDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
