package org.guidepost.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The preview HTTP server (the JDK's com.sun.net.httpserver): the output folder as static files, with
 * the live-reload script injected into HTML, the events endpoint and the script itself.
 */
final class PreviewServer implements AutoCloseable {

    static final String EVENTS_PATH = "/__guidepost/events";
    static final String PROBLEMS_PATH = "/__guidepost/problems.json";

    private static final String BUILT_IN_NOT_FOUND = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
            + "<body><h1>Not found</h1><p>Nothing has been built at this address (yet).</p></body></html>\n";

    private final HttpServer server;
    private final ExecutorService executor;
    private final EventStream events;
    private final RequestPaths paths;
    private final Path root;
    private final Supplier<String> problemsJson;
    private final byte[] liveScript;

    private PreviewServer(HttpServer server, ExecutorService executor, EventStream events, Path root, Supplier<String> problemsJson) {
        this.server = server;
        this.executor = executor;
        this.events = events;
        this.root = root;
        this.paths = new RequestPaths(root);
        this.problemsJson = problemsJson;
        this.liveScript = resource("live.js");
    }

    /**
     * Starts serving {@code root}. When {@code fallBackToFreePort} is set and the port is taken, a free
     * port is used instead; the chosen address is in {@link #address()}.
     */
    static PreviewServer start(InetAddress bind, int port, boolean fallBackToFreePort, Path root, EventStream events, Supplier<String> problemsJson)
            throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (BindException e) {
            if (!fallBackToFreePort) {
                throw e;
            }
            server = HttpServer.create(new InetSocketAddress(bind, 0), 64);
        }
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "guidepost-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        PreviewServer preview = new PreviewServer(server, executor, events, root, problemsJson);
        server.createContext("/", preview::serveFile);
        server.createContext(EVENTS_PATH, events::handle);
        server.createContext(LiveScriptInjector.SCRIPT_PATH, exchange -> preview.send(exchange, 200, "text/javascript; charset=utf-8", preview.liveScript));
        server.createContext(PROBLEMS_PATH, exchange -> preview.send(exchange, 200, "application/json",
                problemsJson.get().getBytes(StandardCharsets.UTF_8)));
        server.start();
        return preview;
    }

    URI address() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        Optional<Path> found = RequestPaths.decode(rawPath).flatMap(paths::resolve);
        if (found.isPresent() && Files.isDirectory(found.get())) {
            if (!rawPath.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            found = Optional.of(found.get().resolve("index.html")).filter(Files::isRegularFile);
        }
        if (found.isEmpty()) {
            notFound(exchange);
            return;
        }
        Path file = found.get();
        String name = file.getFileName().toString();
        byte[] body = Files.readAllBytes(file);
        if (ContentTypes.isHtml(name)) {
            body = LiveScriptInjector.inject(new String(body, StandardCharsets.UTF_8), problemsJson.get(), false).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, ContentTypes.of(name), body);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        String html = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : BUILT_IN_NOT_FOUND;
        send(exchange, 404, "text/html; charset=utf-8",
                LiveScriptInjector.inject(html, problemsJson.get(), true).getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
