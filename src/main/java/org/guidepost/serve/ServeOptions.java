package org.guidepost.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to preview a site: its folder, the folder the preview is built into (null: a temporary folder,
 * removed when the preview stops), the address and port to
 * listen on ({@code portIsDefault}: another free port may be used when it is taken), drafts, and
 * "today" for review dates.
 */
public record ServeOptions(Path siteDir, Path outDir, InetAddress bind, int port, boolean portIsDefault, boolean drafts, LocalDate today) {

    /** The port `guidepost serve` tries first (Hugo's, familiar to editors). */
    public static final int DEFAULT_PORT = 1313;
}
