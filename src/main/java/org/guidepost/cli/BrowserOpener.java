package org.guidepost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Opens a built page in the user's browser, or says where it is when no browser can be started. */
final class BrowserOpener {

    private BrowserOpener() {
    }

    static void open(Path page, PrintWriter out) {
        String url = page.toUri().toString();
        for (String[] command : new String[][] {{"xdg-open", url}, {"open", url}, {"cmd", "/c", "start", "", url}}) {
            try {
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                out.println("opened " + url);
                return;
            } catch (IOException notThisSystem) {
                // try the next way of opening a browser
            }
        }
        out.println("open " + url + " in your browser");
    }
}
