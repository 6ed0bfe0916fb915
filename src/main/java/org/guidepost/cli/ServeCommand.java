package org.guidepost.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.guidepost.serve.PreviewSession;
import org.guidepost.serve.ServeOptions;
import org.guidepost.site.SiteBuilders;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `guidepost serve`: build into a temporary folder, serve it on this computer, rebuild and reload on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site (drafts included), serves it at http://127.0.0.1:1313/ and rebuilds what changed on every save;",
                "open pages reload by themselves and show errors over the page until they are fixed. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on. Default: 1313, or a free port when 1313 is taken.")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Address to listen on. Default: 127.0.0.1 (this computer only); 0.0.0.0 shows the preview to your network.")
    String bind;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include articles with status: draft, marked with a Draft banner (default). --no-drafts leaves them out.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path siteDir = site.siteDir();
        ServeOptions defaults = ServeOptions.defaults(siteDir);
        ServeOptions options = new ServeOptions(siteDir, defaults.outDir(), bind == null ? defaults.bind() : InetAddress.getByName(bind),
                port == null ? defaults.port() : port, port == null, drafts, defaults.today());
        var err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewSession session = PreviewSession.start(options, SiteBuilders.forPreview(), line -> {
            err.println(line);
            err.flush();
        })) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                session.close();
                stopped.countDown();
            }));
            spec.commandLine().getOut().println("Serving " + siteDir + " at " + session.address()
                    + " (editors' dashboard: " + session.address() + "editors/dashboard/) — press Ctrl+C to stop");
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
