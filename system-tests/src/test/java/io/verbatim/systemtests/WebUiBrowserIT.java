package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI as a person uses it, in headless Chromium against the running system: records dropped into the inbox
 * travel the whole pipeline, then the test searches, filters by a facet, pages on, opens a speech, switches it to
 * the other language of the meeting, and watches a search until a new record appears in it.
 */
class WebUiBrowserIT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
    private static final Duration UI_WAIT = Duration.ofSeconds(15);
    private static final String WORD = "Kestrel";

    private static RunningPipeline pipeline;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String testName;

    /** Runs before {@code @AfterEach} closes the browser, so a failure leaves its page behind to look at. */
    @RegisterExtension
    final AfterTestExecutionCallback keepThePageOfAFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            keepWhatTheBrowserShowed();
        }
    };

    @BeforeAll
    static void ingestOneMeetingInTwoLanguages() throws IOException {
        pipeline = RunningPipeline.shared();
        pipeline.drop("en_CD_PV.1650.txt", fixture("en_CD_PV.1650.txt"));
        pipeline.drop("fr_CD_PV.1650.txt", fixture("fr_CD_PV.1650.txt"));
        GatewayClient gateway = new GatewayClient(pipeline.gatewayUrl());
        // Five turns of each version name the initiative.
        await("both versions of CD/PV.1650 searchable").atMost(SEARCHABLE_WITHIN).until(() ->
                gateway.search(WORD, "type=speeches", "symbol=CD/PV.1650").path("total").asLong() == 10);
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderSearchesFiltersPagesOnOpensASpeechAndReadsItInTheOtherLanguage() {
        openDesktopBrowser();
        open("index.html?size=2");
        WebElement box = browser.findElement(By.id("search-query"));
        box.sendKeys(WORD + Keys.ENTER);
        awaitSummaryStartingWith("1–2 of 10 results for");
        assertThat(hitSnippets()).allSatisfy(snippet -> assertThat(snippet.getAttribute("innerHTML")).contains("<mark>"));

        facetValue("Record language", "English").click();
        awaitSummaryStartingWith("1–2 of 5 results for");
        assertThat(browser.getCurrentUrl()).contains("language=en");
        assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains("Record language:").contains("English");
        assertThat(languageBadges()).containsOnly("English");
        List<String> firstPage = hitLinks();

        browser.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        awaitSummaryStartingWith("3–4 of 5 results for");
        assertThat(hitLinks()).doesNotContainAnyElementsOf(firstPage);
        assertThat(languageBadges()).containsOnly("English");

        WebElement firstHit = browser.findElement(By.cssSelector("#results .hit"));
        String speaker = firstHit.findElement(By.cssSelector(".hit-speaker strong")).getText();
        firstHit.findElement(By.cssSelector(".hit-title a")).click();
        WebElement speech = currentSpeech();
        String englishSeq = speech.getAttribute("id");
        assertThat(browser.getCurrentUrl()).contains("#" + englishSeq);
        String englishDocument = documentIdInAddress();
        assertThat(speech.findElement(By.cssSelector(".speech-speaker")).getText()).isEqualTo(speaker);
        assertThat(speech.findElement(By.cssSelector(".speech-text")).getText()).contains(WORD);

        speech.findElement(By.xpath(".//button[normalize-space()='Other languages']")).click();
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(speech, By.cssSelector(".speech-languages a[lang=fr]")));
        WebElement french = speech.findElement(By.cssSelector(".speech-languages a[lang=fr]"));
        assertThat(french.getText()).isEqualTo("French");
        french.click();
        WebElement frenchSpeech = currentSpeech();
        // The two versions hold the same turns in the same order, so the aligned turn has the same number.
        assertThat(frenchSpeech.getAttribute("id")).isEqualTo(englishSeq);
        assertThat(documentIdInAddress()).isNotEqualTo(englishDocument);
        assertThat(frenchSpeech.findElement(By.cssSelector(".speech-text")).getAttribute("lang")).isEqualTo("fr");
        assertThat(frenchSpeech.findElement(By.cssSelector(".speech-text")).getText()).contains(WORD);
    }

    @Test
    void aWatchedSearchShowsANewRecordAsSoonAsItIsIndexed() throws IOException {
        openDesktopBrowser();
        open("index.html?q=" + WORD);
        awaitSummaryStartingWith("1–10 of 10 results for");
        WebElement watch = browser.findElement(By.cssSelector("button.watch-button"));
        watch.click();
        wait.until(ExpectedConditions.textToBePresentInElement(watch, "Watching"));
        WebElement panel = browser.findElement(By.id("watched"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.findElements(By.cssSelector(".watch-list li"))).isEmpty();

        pipeline.drop("en_CD_PV.1651.txt", fixture("en_CD_PV.1651.txt"));

        new WebDriverWait(browser, SEARCHABLE_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//aside[@id='watched']//li[a[contains(., 'CD/PV.1651')]]")));
        WebElement match = panel.findElement(By.cssSelector(".watch-list li a"));
        assertThat(match.getText()).isEqualTo("CD/PV.1651: Ms. Haddad");
        match.click();
        assertThat(currentSpeech().findElement(By.cssSelector(".speech-speaker")).getText()).isEqualTo("Ms. Haddad");

        browser.navigate().back();
        WebElement stop = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#watched button.stop-watching")));
        String alertId = (String) ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(localStorage.getItem('verbatim.watched'))[0].id");
        assertThat(new GatewayClient(pipeline.gatewayUrl()).status("/api/alerts/" + alertId)).isEqualTo(200);
        stop.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("watched")));
        assertThat(new GatewayClient(pipeline.gatewayUrl()).status("/api/alerts/" + alertId)).as("the alert deleted on the server").isEqualTo(404);
    }

    @Test
    void onAPhoneTheFiltersFoldAwayAndNothingIsWiderThanTheScreen() {
        browser = HeadlessChromium.start(390, 844);
        wait = new WebDriverWait(browser, UI_WAIT);
        open("index.html?q=" + WORD);
        awaitSummaryStartingWith("1–10 of 10 results for");
        assertThat(browser.findElement(By.id("filters-disclosure")).getAttribute("open")).isNull();
        assertThat(pageIsNoWiderThanTheScreen()).as("no sideways scrolling on the search page").isTrue();

        browser.findElement(By.cssSelector(".filters-summary")).click();
        facetValue("Record language", "French").click();
        awaitSummaryStartingWith("1–5 of 5 results for");

        browser.findElement(By.cssSelector("#results .hit .hit-title a")).click();
        currentSpeech();
        assertThat(pageIsNoWiderThanTheScreen()).as("no sideways scrolling on the record page").isTrue();
    }

    private void openDesktopBrowser() {
        browser = HeadlessChromium.start(1280, 900);
        wait = new WebDriverWait(browser, UI_WAIT);
    }

    private void open(String page) {
        browser.get(pipeline.gatewayUrl() + "/" + page);
    }

    private void awaitSummaryStartingWith(String text) {
        wait.until(ExpectedConditions.textMatches(By.cssSelector("#search-status .result-summary"),
                java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(text))));
        wait.until(ExpectedConditions.attributeToBe(By.id("results"), "aria-busy", "false"));
    }

    private WebElement facetValue(String facetTitle, String label) {
        return browser.findElement(By.xpath("//section[contains(@class,'facet')][h3[normalize-space()='" + facetTitle + "']]"
                + "//a[contains(@class,'facet-value')][span[contains(@class,'facet-label') and normalize-space()='" + label + "']]"));
    }

    private List<WebElement> hitSnippets() {
        return browser.findElements(By.cssSelector("#results .hit-snippet"));
    }

    private List<String> languageBadges() {
        return browser.findElements(By.cssSelector("#results .badge-language")).stream().map(WebElement::getText).toList();
    }

    private List<String> hitLinks() {
        return browser.findElements(By.cssSelector("#results .hit")).stream()
                .map(hit -> hit.findElement(By.cssSelector(".hit-title a")).getAttribute("href")).toList();
    }

    private String documentIdInAddress() {
        return (String) ((JavascriptExecutor) browser).executeScript("return new URLSearchParams(location.search).get('id');");
    }

    /** The speech turn the address names, once the record page has marked it. */
    private WebElement currentSpeech() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.speech.is-current")));
    }

    private boolean pageIsNoWiderThanTheScreen() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    private void keepWhatTheBrowserShowed() {
        if (browser == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target/browser"));
            Files.write(folder.resolve(testName + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(testName + ".html"), browser.getPageSource());
            System.err.println("the browser's last page is kept in " + folder.toAbsolutePath() + " (" + browser.getCurrentUrl() + ")");
        } catch (IOException | RuntimeException e) {
            System.err.println("could not keep the browser's last page: " + e);
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebUiBrowserIT.class.getResourceAsStream("/browser/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture browser/" + name);
            }
            return in.readAllBytes();
        }
    }
}
