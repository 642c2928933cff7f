package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.export.HtmlText;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which ./run-tests installs when they are missing). Screenshots go to target/screenshots.
 */
@SuppressWarnings("unchecked") // chart options come back from the browser as untyped lists
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path home;

    private static SeriesStore store;
    private static Javalin app;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the browser tests need " + CHROMIUM + " and " + DRIVER
                    + " (Debian: apt-get install chromium chromium-driver; ./run-tests installs them)");
        }
        store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)));
        store.loadIfEmpty(() -> BundledData.read(store.allSeries()), "bundle", Instant.parse("2026-03-01T10:00:00Z"));
        app = PulseServer.create(store).start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    /** After every test: no JavaScript error and no failed request (Chromium logs both as SEVERE). */
    @org.junit.jupiter.api.AfterEach
    void no_console_error_or_failed_request() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(severe).as("console errors and failed requests").isEmpty();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private static String fetch(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Waits up to 15 s; an element of the page being replaced by the next one is looked up again. */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_cards_show_the_figures_and_the_chart_follows_the_transform_picker() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        assertThat(browser.findElement(By.cssSelector("#card-value .figure")).getText())
                .isEqualTo("$437 million");
        assertThat(browser.findElement(By.cssSelector("#card-mom .figure")).getText())
                .isEqualTo("+22.8%");
        assertThat(browser.findElement(By.cssSelector("#card-yoy .figure")).getText())
                .isEqualTo("+25.6%");
        assertThat(browser.findElement(By.cssSelector("#card-fytd .figure")).getText())
                .isEqualTo("$2.24 billion +20.0%");
        assertThat(browser.findElement(By.cssSelector("#card-r12 .figure")).getText())
                .isEqualTo("$4.18 billion");

        WebDriverWait wait = waiting();
        wait.until(d -> "lin".equals(d.findElement(By.id("chart")).getDomAttribute("data-transform")));
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        int linPoints = Integer.parseInt(browser.findElement(By.id("chart")).getDomAttribute("data-points"));
        assertThat(linPoints).isEqualTo(70); // 64 published + 6 derived months
        wait.until(d -> d.findElement(By.id("chart-fytd")).getDomAttribute("data-years") != null
                && d.findElement(By.id("chart-share")).getDomAttribute("data-points") != null);
        assertThat(browser.findElement(By.id("chart-fytd")).getDomAttribute("data-years"))
                .isEqualTo("4");
        assertThat(Integer.parseInt(browser.findElement(By.id("chart-share")).getDomAttribute("data-points")))
                .as("months with a BoP or PBS services denominator")
                .isPositive();
        assertThat(browser.findElement(By.id("chart-share")).getDomAttribute("data-error"))
                .isNull();
        wait.until(d -> d.findElement(By.id("chart-peers"))
                .getDomAttribute("data-economies")
                .matches("\\d+"));
        assertThat(browser.findElement(By.id("chart-peers")).getDomAttribute("data-economies"))
                .as("peers with World Bank data")
                .isEqualTo("10");
        wait.until(d -> d.findElement(By.id("chart-forecast")).getDomAttribute("data-horizon") != null);
        assertThat(browser.findElement(By.id("chart-forecast")).getDomAttribute("data-method"))
                .isEqualTo("auto");
        wait.until(d -> d.findElement(By.id("ranking")).getDomAttribute("data-rows") != null);
        com.fasterxml.jackson.databind.JsonNode ranking =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(fetch("/api/ranking"));
        assertThat(browser.findElements(By.cssSelector("#ranking-list li")))
                .hasSize(ranking.get("categories").size());
        assertThat(browser.findElement(By.id("ranking-note")).getText()).startsWith("Assumptions: each category grows");
        wait.until(d -> d.findElement(By.id("outlook")).getDomAttribute("data-total") != null);
        double projected =
                Double.parseDouble(browser.findElement(By.id("outlook")).getDomAttribute("data-total"));
        com.fasterxml.jackson.databind.JsonNode outlook =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(fetch("/api/series/pk.ict.exports/outlook"));
        assertThat(projected)
                .as("the outlook panel shows the API's projection")
                .isEqualTo(outlook.at("/total/mean").asDouble());
        assertThat(browser.findElement(By.id("outlook-text")).getText())
                .as("FY26 ended in June 2026 with eight months published: the outlook does not project it as running")
                .startsWith(
                        "FY26 ended in June 2026, but only 8 of its 12 months are published so far ($2.98 billion).")
                .contains("Estimating the unpublished months, the year totals about");
        ((ChromeDriver) browser).executeScript("document.getElementById('chart-forecast').scrollIntoView();");
        screenshot("dashboard-forecast");
        ((ChromeDriver) browser).executeScript("window.scrollTo(0, 0);");
        assertThat(browser.findElements(By.cssSelector(".small-chart canvas"))).hasSize(4);
        assertThat(browser.findElement(By.id("chart")).getDomAttribute("data-lines"))
                .as("values and the year-on-year line")
                .isEqualTo("2");
        screenshot("dashboard");

        new Select(browser.findElement(By.id("transform"))).selectByValue("pc1");
        wait.until(d -> "pc1".equals(d.findElement(By.id("chart")).getDomAttribute("data-transform")));
        int pc1Points = Integer.parseInt(browser.findElement(By.id("chart")).getDomAttribute("data-points"));
        assertThat(pc1Points).isPositive().isLessThan(linPoints);
        screenshot("dashboard-pc1");

        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(severe).as("console errors").isEmpty();
    }

    private static Object option(String chartId, String path) {
        return ((ChromeDriver) browser)
                .executeScript(
                        "var o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
                                + " return eval('o' + arguments[1]);",
                        chartId,
                        path);
    }

    @Test
    void the_main_chart_is_titled_in_words_with_units_aligned_panels_full_history_marks_and_a_source_line() {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        waiting().until(d -> d.findElement(By.id("chart")).getDomAttribute("data-points") != null);
        assertThat(option("chart", ".title[0].text")).isEqualTo("Pakistan IT & telecom (ICT) services exports");
        assertThat(option("chart", ".title[0].subtext")).isEqualTo("Level");
        assertThat(browser.findElement(By.id("chart")).getDomAttribute("data-panels"))
                .as("levels and year-on-year change in two panels, not two axes of one")
                .isEqualTo("2");
        assertThat(option("chart", ".yAxis[0].name")).isEqualTo("US$ million");
        assertThat(option("chart", ".yAxis[1].name")).isEqualTo("% change from a year ago");
        assertThat(option("chart", ".yAxis[1].gridIndex")).isEqualTo(1L);
        int periods = Integer.parseInt(browser.findElement(By.id("chart")).getDomAttribute("data-periods"));
        assertThat(option("chart", ".dataZoom[0].startValue"))
                .as("full history")
                .isEqualTo(0L);
        assertThat(((Number) option("chart", ".dataZoom[0].endValue")).intValue())
                .isEqualTo(periods - 1);
        assertThat(browser.findElement(By.id("chart")).getDomAttribute("data-derived"))
                .as("the six derived months are marked")
                .isEqualTo("6");
        assertThat(Integer.parseInt(browser.findElement(By.id("chart")).getDomAttribute("data-revised")))
                .as("revised months are marked")
                .isPositive();
        assertThat(Integer.parseInt(browser.findElement(By.id("chart")).getDomAttribute("data-lone")))
                .as("months alone between gaps (2019-12 among them) are drawn as points")
                .isPositive();
        assertThat(option(
                        "chart",
                        ".series[0].data.filter(function (d, i, all) { return d.value !== null"
                                + " && (i === 0 || all[i - 1].value === null)"
                                + " && (i === all.length - 1 || all[i + 1].value === null) && d.symbol === 'none'; })"
                                + ".length"))
                .as("no month alone between gaps is left without a point")
                .isEqualTo(0L);
        assertThat(browser.findElement(By.id("chart-source")).getText())
                .startsWith("Source: State Bank of Pakistan, balance of payments")
                .contains("(pk.ict.exports)", "Data through February 2026", "derived from reported totals");
        List<String> names = browser.findElements(By.cssSelector("#transform option")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
        assertThat(names)
                .contains("Level", "Percent change from a year ago", "Rolling 12-month total")
                .doesNotContain("lin", "pc1", "r12_pc1");
        assertThat(browser.findElement(By.cssSelector("#card-badges .figure")).getText())
                .doesNotContain("_", "(since")
                .matches("(Highest|Lowest|Up|Down|None).*");
    }

    @Test
    void the_chart_state_is_the_url_and_the_permalink_restores_it() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        WebDriverWait wait = waiting();
        wait.until(d -> "lin".equals(d.findElement(By.id("chart")).getDomAttribute("data-transform")));
        new Select(browser.findElement(By.id("transform"))).selectByValue("r12_pc1");
        wait.until(d -> "r12_pc1".equals(d.findElement(By.id("chart")).getDomAttribute("data-transform")));
        assertThat(browser.getCurrentUrl()).contains("transform=r12_pc1", "series=pk.ict.exports", "period=2025-12");
        assertThat(option("chart", ".yAxis[0].name")).isEqualTo("% change from a year ago, rolling 12-month total");
        String permalink = browser.findElement(By.id("permalink")).getDomProperty("href");
        assertThat(permalink).isEqualTo(browser.getCurrentUrl());
        assertThat(browser.findElement(By.id("chart-svg")).getDomProperty("href"))
                .as("the embeddable chart carries the same state")
                .endsWith("/chart/pk.ict.exports.svg?transform=r12_pc1");

        browser.get(url("/?series=pk.ict.exports&transform=pc1&from=2023-01&to=2024-12"));
        wait.until(d -> "pc1".equals(d.findElement(By.id("chart")).getDomAttribute("data-transform")));
        assertThat(new Select(browser.findElement(By.id("transform")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Percent change from a year ago");
        List<?> periods = (List<?>) option("chart", ".xAxis[0].data");
        int start = ((Number) option("chart", ".dataZoom[0].startValue")).intValue();
        int end = ((Number) option("chart", ".dataZoom[0].endValue")).intValue();
        assertThat(periods.get(start)).isEqualTo("2023-01");
        assertThat(periods.get(end)).isEqualTo("2024-12");
        screenshot("dashboard-range");

        HttpResponse<String> bad = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/?transform=yoy")))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("transform yoy is not offered here");
    }

    @Test
    void the_share_chart_is_of_total_exports_and_matches_the_data() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        waiting().until(d -> d.findElement(By.id("chart-share")).getDomAttribute("data-lines") != null);
        assertThat(option("chart-share", ".title[0].text")).isEqualTo("Share of total exports (goods and services)");
        assertThat((List<Object>) option("chart-share", ".series.map(function (s) { return s.name; })"))
                .containsExactly("PBS, customs basis", "SBP, balance-of-payments basis");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        double ict = value(json, "pk.ict.exports", "2025-12");
        double goods = value(json, "pk.bop.goods.exports", "2025-12");
        double services = value(json, "pk.bop.services.exports", "2025-12");
        List<?> periods = (List<?>) option("chart-share", ".xAxis[0].data");
        Object shown = option("chart-share", ".series[1].data[" + periods.indexOf("2025-12") + "].value");
        assertThat(((Number) shown).doubleValue())
                .as("December 2025 against BoP goods + services, as the API's values give it")
                .isCloseTo(ict / (goods + services) * 100, org.assertj.core.api.Assertions.within(1e-9))
                .isBetween(5.0, 15.0);
        assertThat(option("chart-peers", ".xAxis[0].type"))
                .as("peers on a linear axis")
                .isEqualTo("value");
        assertThat(option("chart-peers", ".yAxis[0].axisLabel.interval"))
                .as("every label shown")
                .isEqualTo(0L);
        assertThat((List<Object>) option("chart-peers", ".yAxis[0].data")).contains("Pakistan (#40)");
    }

    private static double value(com.fasterxml.jackson.databind.ObjectMapper json, String series, String period)
            throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode o :
                json.readTree(fetch("/api/series/" + series + "/observations")).get("observations")) {
            if (o.get("period").asText().equals(period)) {
                return o.get("value").asDouble();
            }
        }
        throw new AssertionError(series + " has no " + period);
    }

    @Test
    void a_sparse_series_shows_what_it_has_and_says_what_it_cannot_do() throws Exception {
        browser.get(url("/?series=pk.ict.exports.pbs"));
        waiting().until(d -> d.findElement(By.id("chart")).getDomAttribute("data-points") != null);
        assertThat(browser.findElements(By.id("chart-forecast")))
                .as("no empty forecast frame")
                .isEmpty();
        assertThat(browser.findElements(By.id("chart-share")))
                .as("no empty share frame")
                .isEmpty();
        assertThat(browser.findElement(By.id("charts-left-out")).getText())
                .contains("No forecast: a forecast needs at least 24 consecutive months");
        assertThat(browser.findElement(By.id("outlook-text")).getText())
                .startsWith("No outlook: projecting the fiscal year needs at least 24 consecutive months");
        assertThat(browser.findElement(By.cssSelector("#card-mom .figure")).getText())
                .isEqualTo("Not available");
        assertThat(browser.findElement(By.cssSelector("#card-mom .detail")).getText())
                .isEqualTo("needs June 2023, not in the data");
        assertThat(browser.findElements(By.cssSelector("#series optgroup")))
                .extracting(e -> e.getDomAttribute("label"))
                .contains("Pakistan ICT", "Totals and denominators", "Export categories");
        assertThat(new Select(browser.findElement(By.id("series")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Pakistan ICT services exports (PBS publication) — Feb 2019 to Jul 2023, 5 months");
        screenshot("dashboard-sparse");
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(severe).as("console errors and failed requests").isEmpty();
    }

    /** axe-core as ./run-tests installs it from npm (the version pinned in tools/axe/package-lock.json). */
    private static final Path AXE = Path.of("..", "tools", "axe", "node_modules", "axe-core", "axe.min.js");

    /** The serious and critical accessibility violations axe-core finds on the page shown, one line each. */
    private static List<String> seriousViolations() throws Exception {
        if (!Files.isReadable(AXE)) {
            throw new IllegalStateException("the accessibility checks need axe-core at "
                    + AXE.toAbsolutePath().normalize()
                    + " (./run-tests installs it; or run: npm ci --prefix tools/axe)");
        }
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeScript(Files.readString(AXE));
        Object found = chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                + "      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    @Test
    void every_page_passes_axe_core_without_a_serious_violation_at_desktop_and_phone_widths() throws Exception {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        for (int width : new int[] {1400, 390}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
            try {
                for (String path : List.of("/?series=pk.ict.exports&period=2025-12", "/brief", "/docs", "/check")) {
                    browser.get(url(path));
                    if (path.equals("/")) {
                        waiting().until(d -> d.findElement(By.id("chart")).getDomAttribute("data-points") != null);
                    }
                    if (path.equals("/docs")) {
                        waiting()
                                .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title"))
                                        .isEmpty());
                    }
                    assertThat(seriousViolations())
                            .as(path + " at " + width + " px")
                            .isEmpty();
                }
                browser.findElement(By.id("text")).sendKeys("IT exports were $437 million in December 2025.");
                browser.findElement(By.id("check")).click();
                waiting()
                        .until(d -> !d.findElements(By.cssSelector(".article mark.claim"))
                                .isEmpty());
                assertThat(seriousViolations())
                        .as("/check with verdicts at " + width + " px")
                        .isEmpty();
            } finally {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
            }
        }
    }

    @Test
    void a_world_bank_peer_is_picked_by_name_and_shown_year_by_year() throws Exception {
        browser.get(url("/?series=pk.ict.exports"));
        assertThat(browser.findElements(By.cssSelector("#series optgroup[label='World Bank peers'] option")))
                .extracting(e -> e.getText())
                .hasSize(10)
                .anySatisfy(t -> assertThat(t).startsWith("India: ICT service exports (BoP, current US$) — "));
        new Select(browser.findElement(By.id("series"))).selectByValue("wdi.ict_exports.ind");
        browser.findElement(By.cssSelector("form.pickers button[type=submit]")).click();
        waiting()
                .until(d -> !d.findElements(By.id("chart-yearly")).isEmpty()
                        && d.findElement(By.id("chart-yearly")).getDomAttribute("data-points") != null);
        assertThat(browser.findElement(By.cssSelector("#card-value h2")).getText())
                .isEqualTo("LATEST VALUE, 2024");
        assertThat(browser.findElement(By.cssSelector("#card-value .figure")).getText())
                .isEqualTo("$177.75 billion");
        assertThat(browser.findElement(By.cssSelector("#card-change .figure")).getText())
                .isEqualTo("+9.3%");
        int rows = browser.findElements(By.cssSelector("#values tbody tr")).size();
        assertThat(Integer.parseInt(browser.findElement(By.id("chart-yearly")).getDomAttribute("data-points")))
                .as("every year drawn, as many as the table lists")
                .isEqualTo(rows)
                .isGreaterThan(20);
        assertThat(option("chart-yearly", ".yAxis[0].name")).isEqualTo("US$ billion");
        assertThat(browser.findElement(By.id("chart-source")).getText())
                .contains("World Bank WDI BX.GSR.CCIS.CD", "Data through 2024");
        assertThat(browser.findElements(By.id("card-mom")))
                .as("no monthly figures for yearly data")
                .isEmpty();
        assertThat(seriousViolations()).isEmpty();
        screenshot("dashboard-yearly");
    }

    @Test
    void the_data_notes_show_revisions_and_derived_months() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-11"));
        List<String> revisions = browser.findElements(By.cssSelector("#notes .revision")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
        assertThat(revisions).isEmpty();
        browser.get(url("/?series=pk.ict.exports&period=2024-11"));
        assertThat(browser.findElement(By.cssSelector("#notes .revision")).getText())
                .isEqualTo("Revised: vintage 1 was $324 million (public by 2026-11-28)");
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        assertThat(browser.findElements(By.cssSelector("#notes .derived")))
                .extracting(org.openqa.selenium.WebElement::getText)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("2025-05 is derived (fiscal_year_remainder): pk.ict.exports.fy FY2025"));
    }

    @Test
    void picking_another_series_shows_its_figures_and_chart() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        new Select(browser.findElement(By.id("series"))).selectByValue("pk.bop.goods.exports");
        browser.findElement(By.id("period")).clear();
        browser.findElement(By.cssSelector("form.pickers button[type=submit]")).click();
        WebDriverWait wait = waiting();
        wait.until(
                d -> "pk.bop.goods.exports".equals(d.findElement(By.id("chart")).getDomAttribute("data-series")));
        wait.until(d -> d.findElement(By.id("chart")).getDomAttribute("data-points") != null);
        assertThat(browser.findElement(By.cssSelector("#card-value .figure")).getText())
                .as("the latest month, December 2025: 2,750 (bundle README, data-2026 research)")
                .isEqualTo("$2.75 billion");
        assertThat(browser.findElement(By.id("chart")).getDomAttribute("data-error"))
                .isNull();
    }

    @Test
    void the_as_of_date_shows_the_value_known_then() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2022-08&as_of=2022-10-01"));
        assertThat(browser.findElement(By.cssSelector("#card-value .figure")).getText())
                .isEqualTo("$227 million");
        browser.get(url("/?series=pk.ict.exports&period=2022-08&as_of=2022-11-01"));
        assertThat(browser.findElement(By.cssSelector("#card-value .figure")).getText())
                .isEqualTo("$228 million");
        screenshot("dashboard-as-of");
    }

    @Test
    void the_download_link_returns_the_csv() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        String href = browser.findElement(By.id("csv")).getDomProperty("href");
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body())
                .startsWith("series,period,value,unit,status,vintage,")
                .contains("pk.ict.exports,2025-12,437,USD million,normal,1,");
    }

    @Test
    void the_table_lists_recent_values_and_the_xlsx_download_is_a_workbook() throws Exception {
        browser.get(url("/?series=pk.ict.exports&period=2025-12"));
        List<org.openqa.selenium.WebElement> rows = browser.findElements(By.cssSelector("#values tbody tr"));
        assertThat(rows).hasSize(24);
        assertThat(rows.get(0).getText()).startsWith("2026-02 $365 million normal 1");
        String href = browser.findElement(By.id("xlsx")).getDomProperty("href");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
    }

    @Test
    void it_fits_a_phone_screen_and_works_from_the_keyboard() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(url("/?series=pk.ict.exports&period=2025-12"));
            waiting().until(d -> d.findElement(By.id("chart")).getDomAttribute("data-points") != null);
            Object overflow = ((ChromeDriver) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("horizontal overflow in px")
                    .isLessThanOrEqualTo(0);
            // what a reader quotes holds on a phone too: titled panels with units, source line, every peer
            assertThat(browser.findElement(By.id("chart")).getDomAttribute("data-panels"))
                    .isEqualTo("2");
            assertThat(option("chart", ".title[0].text")).isEqualTo("Pakistan IT & telecom (ICT) services exports");
            assertThat(option("chart", ".yAxis[0].name")).isEqualTo("US$ million");
            assertThat(browser.findElement(By.id("chart-source")).isDisplayed()).isTrue();
            waiting()
                    .until(d -> d.findElement(By.id("chart-peers")).getDomAttribute("data-year") != null
                            && d.findElement(By.id("chart-share")).getDomAttribute("data-lines") != null);
            assertThat((List<Object>) option("chart-peers", ".yAxis[0].data"))
                    .hasSize(10)
                    .contains("Pakistan (#40)");
            assertThat(option("chart-peers", ".yAxis[0].axisLabel.interval")).isEqualTo(0L);
            assertThat(option("chart-share", ".title[0].text"))
                    .isEqualTo("Share of total exports (goods and services)");
            assertThat(browser.findElement(By.cssSelector("#card-badges .figure"))
                            .getText())
                    .doesNotContain("_", "(since");
            screenshot("dashboard-phone");
            org.openqa.selenium.WebElement body = browser.findElement(By.tagName("body"));
            Set<String> reached = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                body.sendKeys(org.openqa.selenium.Keys.TAB);
                reached.add(browser.switchTo().activeElement().getDomAttribute("id"));
            }
            assertThat(reached).contains("series", "period", "as_of", "transform");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    @Test
    void an_article_pasted_on_the_check_page_comes_back_marked_up() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.linkText("Check an article")).click();
        waiting().until(d -> !d.findElements(By.id("text")).isEmpty());
        browser.findElement(By.id("text"))
                .sendKeys("IT exports hit $437 million in December 2025. In November, IT exports were $366 million.");
        ((ChromeDriver) browser).executeScript("document.getElementById('date').value = '2026-01-20';");
        browser.findElement(By.id("check")).click();
        waiting()
                .until(d ->
                        !d.findElements(By.cssSelector(".article mark.claim")).isEmpty());
        List<org.openqa.selenium.WebElement> marks = browser.findElements(By.cssSelector(".article mark.claim"));
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).getDomAttribute("class")).isEqualTo("claim supported");
        assertThat(marks.get(1).getDomAttribute("class")).isEqualTo("claim contradicted");
        assertThat(marks.get(1).getDomAttribute("title")).contains("September 2025's figure", "$356 million");
        assertThat(browser.findElements(By.cssSelector("table.claims tbody tr")))
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".check-summary")).getText())
                .isEqualTo("2 numbers checked: 1 supported, 1 contradicted. 1 error to correct.");
        assertThat(marks.get(1).findElement(By.cssSelector(".tag")).getText())
                .as("the verdict is written beside the number, not only in a tooltip")
                .isEqualTo("✗ 2 contradicted");
        assertThat(marks.get(1).findElement(By.cssSelector(".tag")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("freshness")).getText())
                .startsWith("Freshness of Pakistan IT & telecom (ICT) services exports: data through");
        screenshot("check");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            Object overflow = ((ChromeDriver) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("the verdicts fit a phone: horizontal overflow in px")
                    .isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.cssSelector("table.claims thead")).isDisplayed())
                    .as("on a phone each claim is a block of labelled lines")
                    .isFalse();
            screenshot("check-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    @Test
    void swagger_ui_shows_the_openapi_document() throws Exception {
        browser.get(url("/docs"));
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title"))
                        .isEmpty());
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .contains("ExportPulse API");
        assertThat(browser.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThanOrEqualTo(7);
        screenshot("docs");
    }

    @Test
    void text_from_data_and_input_is_escaped() throws Exception {
        String hostile = "<script>alert(1)</script>";
        store.ingest(
                new Batch(
                        List.of(new Series(
                                "xx.hostile",
                                "Title " + hostile,
                                Unit.USD_MILLION,
                                Frequency.MONTH,
                                SeriesKind.FLOW,
                                FiscalCalendar.JULY_TO_JUNE,
                                "",
                                "",
                                List.of())),
                        List.of(new IncomingObservation(
                                "xx.hostile",
                                CalendarMonth.of(2025, 12),
                                BigDecimal.ONE,
                                ObservationStatus.NORMAL,
                                null,
                                null,
                                null,
                                List.of("javascript:" + hostile),
                                "",
                                "t",
                                2))),
                "test",
                Instant.parse("2026-03-02T10:00:00Z"));
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/?series=xx.hostile")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(hostile).contains("Title &lt;script&gt;alert(1)&lt;/script&gt;");
        HttpResponse<String> badInput = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/?as_of=%3Cscript%3Ealert(1)%3C/script%3E")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(badInput.statusCode()).isEqualTo(400);
        assertThat(badInput.headers().firstValue("Content-Type"))
                .as("never HTML")
                .hasValue("application/problem+json");
        assertThat(HtmlText.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
