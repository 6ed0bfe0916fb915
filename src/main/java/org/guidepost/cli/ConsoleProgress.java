package org.guidepost.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

import org.guidepost.site.Progress;

/** Build progress on stderr: a redrawn bar on a terminal, one plain line per stage otherwise. */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String stage = "";
    private volatile long lastDraw;

    private ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ConsoleProgress forStream(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void stage(String name, int total) {
        if (terminal && !stage.isEmpty()) {
            out.print("\r\033[K");
        }
        this.stage = name;
        this.total = total;
        this.done.set(0);
        if (!terminal) {
            out.println(name + (total > 0 ? " (" + total + ")" : "") + "…");
        }
        out.flush();
    }

    @Override
    public void advance() {
        int now = done.incrementAndGet();
        if (!terminal || total == 0) {
            return;
        }
        long time = System.nanoTime();
        if (time - lastDraw > 50_000_000L || now == total) {
            lastDraw = time;
            draw(Math.min(now, total));
        }
    }

    private synchronized void draw(int now) {
        int filled = WIDTH * now / total;
        out.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + now + "/" + total);
        out.flush();
    }

    @Override
    public synchronized void finish() {
        if (terminal) {
            out.print("\r\033[K");
            out.flush();
        }
    }
}
