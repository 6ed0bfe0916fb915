package org.guidepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Debian Chromium driven by chromedriver, for opening generated sites by file://. */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Schemes that never leave the machine; chrome: is the browser's own start page, still loading when a test begins. */
    private static final List<String> LOCAL_SCHEMES = List.of("file:", "data:", "blob:", "about:", "chrome:");
    private static final Json JSON = new Json();
    /**
     * Requests are read from chromedriver's performance log, not through Selenium's version-matched
     * DevTools classes, so Selenium's warning that none matches this Chromium is noise; these loggers
     * are held here because java.util.logging forgets the level of a logger nobody references.
     */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final Path profile;
    private final List<String> requests = new ArrayList<>();
    private ChromeDriver driver;

    private HeadlessChromium(Path profile) {
        this.profile = profile;
        this.driver = launch(profile);
    }

    /** Starts a browser with a new, empty profile: nothing stored by any earlier browser is visible. */
    public static HeadlessChromium start() {
        requireInstalled(CHROMIUM, "Chromium");
        requireInstalled(CHROMEDRIVER, "ChromeDriver");
        try {
            return new HeadlessChromium(Files.createTempDirectory("guidepost-chromium-profile-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
        }
    }

    /** The underlying WebDriver, for anything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a local file by its file:// URL and waits for its load event. */
    public void open(Path file) {
        open(file.toAbsolutePath().toUri().toString());
    }

    /** Opens a URL, waits for its load event, and starts a new record of network requests. */
    public void open(String url) {
        forgetRequests();
        driver.get(url);
    }

    /** Reloads the current page and starts a new record of network requests. */
    public void reload() {
        forgetRequests();
        driver.navigate().refresh();
    }

    /** Closes this browser and starts a new one on the same profile, as a reader reopening it would. */
    public void restart() {
        driver.quit();
        requests.clear();
        driver = launch(profile);
    }

    /** Waits until an element matching the CSS selector is in the page, and returns it. */
    public WebElement waitFor(String cssSelector) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Waits until the script (a function body, as in {@link #evaluate}) returns {@code true}. */
    public void waitUntil(String script, Object... args) {
        new WebDriverWait(driver, WAIT).until(ignored -> Boolean.TRUE.equals(evaluate(script, args)));
    }

    /**
     * Runs a script as the body of a function in the page and returns what it returns (use
     * {@code return}); a returned promise is awaited. Arguments are visible as {@code arguments[i]}.
     */
    public Object evaluate(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every URL the page has requested so far since the last open or reload, in order, its own URL included. */
    public List<String> networkRequests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = JSON.toType(entry.getMessage(), Json.MAP_TYPE);
            Map<?, ?> event = (Map<?, ?>) message.get("message");
            if ("Network.requestWillBeSent".equals(event.get("method"))) {
                Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) event.get("params")).get("request");
                requests.add((String) request.get("url"));
            }
        }
        return List.copyOf(requests);
    }

    /** The requested URLs that would leave the machine: all but file:, data:, blob:, about: and chrome: ones. */
    public List<String> remoteRequests() {
        return networkRequests().stream()
                .filter(url -> LOCAL_SCHEMES.stream().noneMatch(url::startsWith))
                .toList();
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        driver.quit();
        deleteRecursively(profile);
    }

    private void forgetRequests() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        requests.clear();
    }

    private static ChromeDriver launch(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static void requireInstalled(Path executable, String name) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(name + " was not found at " + executable
                    + ". Browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver");
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the Chromium profile " + folder, e);
        }
    }
}
