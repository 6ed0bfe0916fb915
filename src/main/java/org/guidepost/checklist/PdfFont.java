package org.guidepost.checklist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The font embedded in checklist PDFs: a system font (never committed) that covers Vietnamese, found in the folders
 * Debian's fonts-noto-core or fonts-dejavu-core install; bold is optional.
 */
record PdfFont(String name, Path regular, Path bold) {

    /** Folders and files searched, best first: Noto Sans, then DejaVu Sans. */
    static final List<PdfFont> CANDIDATES = List.of(
            new PdfFont("Noto Sans", Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"), Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")),
            new PdfFont("DejaVu Sans", Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")));

    static final String MISSING_HINT = "install the Debian package fonts-noto-core (or fonts-dejavu-core): sudo apt-get install fonts-noto-core";

    /** The first candidate whose regular face exists. */
    static Optional<PdfFont> find(List<PdfFont> candidates) {
        return candidates.stream().filter(font -> Files.isRegularFile(font.regular())).findFirst();
    }

    Optional<Path> boldFace() {
        return bold != null && Files.isRegularFile(bold) ? Optional.of(bold) : Optional.empty();
    }
}
