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

    /** The defaults of `guidepost serve`: a temporary output, this computer only (loopback), port 1313 or a free one, drafts shown. */
    public static ServeOptions defaults(Path siteDir) {
        return new ServeOptions(siteDir, null, InetAddress.getLoopbackAddress(), DEFAULT_PORT, true, true, LocalDate.now());
    }
}
