package org.guidepost.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * The server-sent events endpoint: each connected browser gets every event pushed to it (no polling),
 * the current state when it connects, and a comment line now and then so dead connections are noticed.
 */
final class EventStream {

    private static final long KEEP_ALIVE_SECONDS = 15;

    /** Told to a client's queue when the server stops; compared by identity. */
    private final String closing = new String("closing");
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final Supplier<String> greeting;

    /** {@code greeting} gives the events a browser receives first (the current problems). */
    EventStream(Supplier<String> greeting) {
        this.greeting = greeting;
    }

    void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 1000\n\n" + greeting.get());
            while (true) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (message == closing) {
                    break;
                }
                send(out, message == null ? ": keep-alive\n\n" : message);
            }
        } catch (IOException | InterruptedException e) {
            // the browser went away (or the server stops): nothing to tell anyone
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    /** Pushes one event to every connected browser. */
    void publish(String event, String data) {
        String message = format(event, data);
        clients.forEach(queue -> queue.add(message));
    }

    static String format(String event, String data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    void close() {
        clients.forEach(queue -> queue.add(closing));
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
