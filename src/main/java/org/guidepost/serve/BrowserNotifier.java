package org.guidepost.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.text.Json;

/** Turns the live site's news into server-sent events for the browsers and lines for the console; keeps the current problems. */
final class BrowserNotifier implements LiveEvents {

    private final Path siteDir;
    private final Consumer<String> log;
    private final EventStream stream;
    private volatile String problemsJson = "[]";

    BrowserNotifier(Path siteDir, Consumer<String> log) {
        this.siteDir = siteDir;
        this.log = log;
        this.stream = new EventStream(() -> EventStream.format("problems", problemsJson));
    }

    EventStream stream() {
        return stream;
    }

    /** The current errors as JSON ("[]" when the site builds). */
    String problemsJson() {
        return problemsJson;
    }

    @Override
    public void changed(Set<String> paths, boolean everything) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("all", everything);
        change.put("paths", List.copyOf(paths));
        stream.publish("changed", Json.write(change));
    }

    @Override
    public void problems(List<Diagnostic> errors) {
        problemsJson = ProblemsJson.of(errors, siteDir);
        stream.publish("problems", problemsJson);
        errors.forEach(error -> log.accept(error.format(siteDir)));
        if (errors.isEmpty()) {
            log.accept("the site builds again");
        }
    }
}
