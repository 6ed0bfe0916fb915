package org.guidepost.testing;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.chromium.ChromiumDriver;

/** Counts service worker registrations a page attempts, by wrapping navigator.serviceWorker.register before any page script runs. */
public final class RegistrationProbe {

    private static final String WRAP_REGISTER = """
            window.guidepostRegistrations = [];
            if (navigator.serviceWorker) {
              const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
              navigator.serviceWorker.register = (url, options) => {
                window.guidepostRegistrations.push(String(url));
                return register(url, options);
              };
            }
            """;

    private RegistrationProbe() {
    }

    /** From now on, every page this browser opens records its registration attempts. */
    public static void install(HeadlessChromium browser) {
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WRAP_REGISTER));
    }

    /** The script URLs the current page asked to register, in order. */
    public static List<?> attempts(HeadlessChromium browser) {
        return (List<?>) browser.evaluate("return window.guidepostRegistrations");
    }
}
