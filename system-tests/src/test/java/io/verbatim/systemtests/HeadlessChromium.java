package io.verbatim.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: the browser a person would use, never one a
 * test tool downloads. When either is missing the browser tests fail with how to install them; they never skip.
 */
final class HeadlessChromium {

    static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);

    private HeadlessChromium() {
    }

    /** A new browser with an empty profile and a window of the given size. */
    static ChromeDriver start(int width, int height) {
        Path browser = executable("verbatim.chromium", DEFAULT_BROWSER, "chromium");
        Path driver = executable("verbatim.chromedriver", DEFAULT_DRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // As root (CI) Chromium needs --no-sandbox; without the networking switches it keeps calling out to Google's
        // hosts, which a closed network refuses many times over.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + emptyProfile(), "--window-size=" + width + "," + height,
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        chrome.manage().window().setSize(new Dimension(width, height));
        return chrome;
    }

    private static Path executable(String property, Path defaultPath, String debianPackage) {
        Path path = Path.of(System.getProperty(property, defaultPath.toString()));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("*** BROWSER TESTS CANNOT RUN: no " + path + " ***\n"
                    + "The web UI is tested in Debian's Chromium. Install it with `apt-get install chromium chromium-driver`"
                    + " (.ci/run does so when it runs as root), or name another binary with -D" + property + "=PATH."
                    + " Missing package: " + debianPackage + ".");
        }
        return path;
    }

    private static Path emptyProfile() {
        try {
            return Files.createTempDirectory("verbatim-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a profile folder for Chromium", e);
        }
    }
}
