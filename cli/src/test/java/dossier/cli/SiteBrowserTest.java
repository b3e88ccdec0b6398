package dossier.cli;

import dossier.testing.LargeRepo;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The site in a real browser: Debian's headless chromium driven through chromedriver, one session
 * for the whole suite, over the sample's site and a generated 120-unit × 28-indicator one. Skipped,
 * saying why, where chromium or chromium-driver is not installed (.ci/run installs them).
 */
class SiteBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    static final int UNITS = 120;
    static final int INDICATORS = 28;

    /** Selenium warns that it has no DevTools binding for this chromium: the suite does not use one. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path work;
    static ChromeDriver browser;
    static Path sample;
    static Path large;
    static Path city;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.out.println("SiteBrowserTest skipped: no " + CHROMIUM + " or " + DRIVER
                    + " (apt-get install chromium chromium-driver to run the site's browser suite)");
        }
        assumeTrue(present, "chromium and chromium-driver are not installed");
        SELENIUM.setLevel(Level.SEVERE);
        Path repo = work.resolve("yuanhui");
        SampleRepo.copyTo(repo);
        sample = site(repo, "2021-08-05");
        Path big = work.resolve("large");
        LargeRepo.write(big, UNITS, INDICATORS);
        large = site(big, "2021-08-05");
        city = citySite(repo, "2021-08-05");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options());
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private static ChromeOptions options() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + work.resolve("profile"), "--window-size=1366,768");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        return o;
    }

    private static Path site(Path repo, String asOf) {
        Path out = repo.resolve("out/site");
        CliRunner.Run run = CliRunner.run("site", repo.toString(), "--as-of", asOf, "-q");
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    /** The city's site, an aggregate of the sample's result: its overdue and due-soon tables are pages of their own. */
    private static Path citySite(Path repo, String asOf) throws IOException {
        Path result = Files.createDirectories(work.resolve("city")).resolve("源汇区.json");
        CliRunner.run("validate", repo.toString(), "--as-of", asOf, "--format", "json=" + result, "--fail-on", "never");
        Path out = work.resolve("city/out");
        CliRunner.Run run = CliRunner.run("aggregate", result.toString(), "--as-of", asOf, "--region", "漯河市",
                "-o", out.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        return out.resolve("site");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** What pages logged and fetched since the last call: console warnings and errors, and any request to a network address. */
    private static List<String> problems() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) out.add("console: " + e.getMessage());
        }
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (!m.contains("\"Network.requestWillBeSent\"")) continue;
            int at = m.indexOf("\"url\":\"");
            String url = m.substring(at + 7, m.indexOf('"', at + 7));
            if (url.matches("(?i)(https?|wss?|ftp):.*")) out.add("request: " + url);
        }
        return out;
    }

    @Test
    void pagesLoadFromFileWithNoConsoleErrorAndNoRequestOutside() {
        problems();
        for (Path page : List.of(sample.resolve("index.html"), sample.resolve("findings.html"),
                sample.resolve("unit-001.html"), sample.resolve("indicator-001.html"), large.resolve("index.html"),
                large.resolve("findings.html"))) {
            open(page);
            assertThat(browser.getTitle()).as(page.toString()).isNotBlank();
            assertThat(problems()).as(page.toString()).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeatMapHasOneCellPerUnitAndIndicatorInItsState() {
        open(large.resolve("index.html"));
        List<List<Object>> rows = (List<List<Object>>) js("return Array.from(document.querySelectorAll('#heatmap tbody tr'))"
                + ".map(function (r) { return [r.querySelector('th').textContent].concat("
                + "Array.from(r.querySelectorAll('td.c')).map(function (c) { return c.getAttribute('data-state'); })); });");
        assertThat(rows).hasSize(UNITS);
        for (int u = 1; u <= UNITS; u++) {
            List<Object> row = rows.get(u - 1);
            assertThat(row.get(0)).isEqualTo("单位" + u);
            assertThat(row).hasSize(INDICATORS + 1);
            for (int t = 0; t < INDICATORS; t++) {
                assertThat(row.get(t + 1)).as("单位%d %s", u, LargeRepo.id(t)).isEqualTo(LargeRepo.state(u, t));
            }
        }
        List<String> ids = browser.findElements(By.cssSelector("#heatmap thead th a")).stream().map(WebElement::getText).toList();
        assertThat(ids).hasSize(INDICATORS).startsWith("1.1", "1.2");
    }

    @Test
    void aClickOnACellReachesTheUnitsTask() {
        open(sample.resolve("index.html"));
        WebElement cell = browser.findElement(By.cssSelector("#heatmap td.s-missing a"));
        String label = cell.getAttribute("aria-label");
        cell.click();
        String url = browser.getCurrentUrl();
        assertThat(url).matches(".*/unit-\\d{3}\\.html#task-\\d+");
        WebElement task = browser.findElement(By.cssSelector("tr:target"));
        assertThat(label).startsWith(browser.findElement(By.tagName("h1")).getText());
        assertThat(task.getText()).contains("未提交");
        assertThat(label).contains(task.findElement(By.cssSelector("th a")).getText());
    }

    @Test
    void theFindingsFilterNarrowsTheTableAndTheAddressRestoresIt() {
        open(sample.resolve("findings.html"));
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).as("shown once the script runs").isTrue();
        long all = visibleRows();
        new Select(browser.findElement(By.name("severity"))).selectByValue("error");
        long errors = visibleRows();
        assertThat(errors).isLessThan(all).isPositive();
        assertThat(browser.findElements(By.cssSelector("#findings-table tbody tr:not([hidden])")))
                .allMatch(r -> "error".equals(r.getAttribute("data-severity")));
        new Select(browser.findElement(By.name("unit"))).selectByValue("区司法局");
        long narrowed = visibleRows();
        assertThat(narrowed).isLessThan(errors).isPositive();
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo(String.valueOf(narrowed));
        String address = browser.getCurrentUrl();
        assertThat(address).contains("#").contains("severity=error").contains("unit=");

        browser.get("about:blank");
        browser.get(address);
        assertThat(new Select(browser.findElement(By.name("severity"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("error");
        assertThat(new Select(browser.findElement(By.name("unit"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("区司法局");
        assertThat(visibleRows()).isEqualTo(narrowed);

        browser.findElement(By.name("q")).sendKeys("COV");
        assertThat(visibleRows()).isLessThanOrEqualTo(narrowed);
        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        // the page filters again once the reset has cleared the fields (a task after the reset event)
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> visibleRows() == all);
        assertThat(visibleRows()).isEqualTo(all);
        assertThat(browser.getCurrentUrl()).doesNotContain("#");
    }

    private static long visibleRows() {
        return ((Number) js("return document.querySelectorAll('#findings-table tbody tr:not([hidden])').length;")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        String axe = Files.readString(Path.of("src/test/resources/axe/axe.min.js"), StandardCharsets.UTF_8);
        for (Path page : List.of(sample.resolve("index.html"), sample.resolve("findings.html"),
                sample.resolve("unit-002.html"), sample.resolve("indicator-001.html"), city.resolve("index.html"),
                city.resolve("unit-001.html"))) {
            open(page);
            js(axe);
            List<String> violations = (List<String>) browser.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                            + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(function (n) {"
                            + "      return n.target.join(' '); }).join(' | '); }));"
                            + "}, function (e) { done(['axe failed: ' + e]); });");
            assertThat(violations).as(page.toString()).isEmpty();
        }
    }

    @Test
    void theOverviewIsScreenshotAtLaptopSize() throws IOException {
        open(sample.resolve("index.html"));
        long chrome = ((Number) js("return window.outerHeight - window.innerHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(1366, 768 + (int) chrome));
        assertThat(js("return window.innerWidth + 'x' + window.innerHeight;")).isEqualTo("1366x768");
        Path shot = TARGET.resolve("site-overview.png");
        Files.createDirectories(TARGET);
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("site overview screenshot (1366×768): " + shot);
        assertThat(Files.size(shot)).isPositive();
    }

    @Test
    void theLargeSiteOpensQuicklyAndWeighsUnderFiveMegabytes() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(large)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        browser.get("about:blank");
        long start = System.nanoTime();
        open(large.resolve("index.html"));
        long wall = (System.nanoTime() - start) / 1_000_000;
        Object load = js("var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.domComplete - t.startTime);");
        System.out.printf("site of %d units × %d indicators: %.2f MB in all, overview %d KB; opened from file:// in %s ms"
                        + " (document complete), %d ms as the driver saw it%n", UNITS, INDICATORS, bytes / 1e6,
                large.resolve("index.html").toFile().length() / 1024, load, wall);
        assertThat(bytes).isLessThan(5_000_000L);
        assertThat(Map.of("cells", browser.findElements(By.cssSelector("#heatmap td.c")).size()))
                .containsEntry("cells", UNITS * INDICATORS);
    }
}
