package org.xinyu.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Workbench benchmark (not a test): the counsellor's case queue with N open cases in one school, on PostgreSQL and
 * the real Payara Micro, in headless Chromium. Every student of the synthetic school is in a graduating grade, so
 * the rules open a case for each of them. Prints
 * <ul>
 *     <li>the time from navigating to 个案队列 until the grid's first page is rendered (the browser's own clock,
 *     from navigation start), over several visits;</li>
 *     <li>for jumps to far positions of the grid, the time until the rows there are rendered, and how many pages the
 *     grid fetched for it (each fetch is audited as CASE_QUEUE_READ, so the audit log counts them) — the grid
 *     fetches pages as it scrolls, it never loads all rows;</li>
 *     <li>the REST queue's first page (GET /api/v1/cases?size=50) as a server-side comparison.</li>
 * </ul>
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.xinyu.bench.QueueBench \
 *     -Dexec.args="--cases=100000 --build-dir=target --project-dir=."
 * </pre>
 * Needs PostgreSQL at 127.0.0.1:5432 (trust auth), /usr/bin/chromium and /usr/bin/chromedriver, and a packaged build.
 */
public final class QueueBench {

    private static final String COUNSELLOR = "benchcounsellor";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = EndToEndBench.parse(args);
        int cases = Integer.parseInt(o.getOrDefault("cases", "100000"));
        int visits = Integer.parseInt(o.getOrDefault("visits", "5"));
        Path build = Path.of(o.getOrDefault("build-dir", "target"));
        Path project = Path.of(o.getOrDefault("project-dir", "."));
        try (BenchServer server = BenchServer.start(build, project, o.getOrDefault("pg", "127.0.0.1:5432"), 18991)) {
            // one school holding every case, in 60 classes (a large real school's count, so that the class filter
            // is realistic; the grid and its queries carry the 100,000 cases)
            SyntheticCity.load(server.jdbcUrl, cases, cases, Math.max(40, cases / 60), new int[] {9, 12});
            server.createAccount(COUNSELLOR, "COUNSELOR", "BENCH-1");
            server.sweep("opening the cases (full re-evaluation)", cases);
            System.out.printf("open cases in the counsellor's school: %,d%n", openCases(server));

            List<Double> rest = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                rest.add(restFirstPage(server));
            }
            Collections.sort(rest);
            System.out.printf("REST GET /api/v1/cases?size=50 (first page, with the total): median %.1f ms, max %.1f ms (20 calls)%n",
                    rest.get(rest.size() / 2), rest.get(rest.size() - 1));

            ChromeDriver driver = chromium(build);
            try {
                signIn(driver, server.baseUrl);
                List<Double> firstPage = new ArrayList<>();
                for (int i = 0; i < visits; i++) {
                    driver.get(server.baseUrl + "dashboard"); // leave, then come back by a full navigation
                    driver.get(server.baseUrl + "queue");
                    firstPage.add(renderedAfterNavigation(driver));
                }
                List<Double> sorted = new ArrayList<>(firstPage);
                Collections.sort(sorted);
                System.out.printf("queue first page rendered after navigation start (full page load): median %.0f ms, max %.0f ms %s%n",
                        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), firstPage);

                List<Double> inApp = new ArrayList<>();
                for (int i = 0; i < visits; i++) {
                    driver.get(server.baseUrl + "dashboard");
                    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item[data-route='queue']")).isEmpty());
                    inApp.add(openedFromNavigation(driver));
                }
                sorted = new ArrayList<>(inApp);
                Collections.sort(sorted);
                System.out.printf("queue first page rendered after clicking 个案队列 in the navigation: median %.0f ms, max %.0f ms %s%n",
                        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), inApp);

                for (int index : new int[] {500, cases / 4, cases / 2, cases - 60}) {
                    long fetchesBefore = queueReads(server);
                    double ms = scrollTo(driver, index);
                    long fetched = queueReads(server) - fetchesBefore;
                    System.out.printf("scroll to row %,d: rows rendered after %.0f ms, %d page(s) of 50 fetched%n", index, ms, fetched);
                }
            } finally {
                driver.quit();
            }
        }
    }

    private static long openCases(BenchServer server) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl, "postgres", "x");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM case_file WHERE status = 'OPEN'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many queue pages the counsellor has read so far (each page read is audited). */
    private static long queueReads(BenchServer server) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl, "postgres", "x");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_entry WHERE action = 'CASE_QUEUE_READ' AND actor = '" + COUNSELLOR + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double restFirstPage(BenchServer server) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = BenchServer.http().send(HttpRequest.newBuilder(URI.create(server.baseUrl + "api/v1/cases?size=50"))
                .header("Authorization", BenchServer.basic(COUNSELLOR, BenchServer.PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /cases answered " + r.statusCode() + " " + r.body());
        }
        return ms;
    }

    private static ChromeDriver chromium(Path build) throws Exception {
        Path profile = Files.createTempDirectory(build.toAbsolutePath(), "queue-bench-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN", "--accept-lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void signIn(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("#username input")).isEmpty());
        driver.findElement(By.cssSelector("#username input")).sendKeys(COUNSELLOR);
        driver.findElement(By.cssSelector("#password input")).sendKeys(BenchServer.PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        wait.until(d -> !d.findElements(By.id("sign-out")).isEmpty());
    }

    /** Milliseconds from navigation start until the grid shows rows with students (the browser's clock). */
    private static double renderedAfterNavigation(ChromeDriver driver) {
        Object ms = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (function poll() {
                    const grid = document.getElementById('queue-grid');
                    if (grid && !grid.hasAttribute('loading') && grid.querySelector('a.student-link')) {
                        done(performance.now());
                    } else {
                        requestAnimationFrame(poll);
                    }
                })();
                """);
        return ((Number) ms).doubleValue();
    }

    /** Milliseconds from clicking 个案队列 in the side navigation until the grid shows rows with students. */
    private static double openedFromNavigation(ChromeDriver driver) {
        Object ms = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const item = document.querySelector("vaadin-side-nav-item[data-route='queue']");
                const t0 = performance.now();
                (item.shadowRoot.querySelector('a') || item).click();
                (function poll() {
                    const grid = document.getElementById('queue-grid');
                    if (grid && !grid.hasAttribute('loading') && grid.querySelector('a.student-link')) {
                        done(performance.now() - t0);
                    } else if (performance.now() - t0 > 30000) {
                        done(-1);
                    } else {
                        requestAnimationFrame(poll);
                    }
                })();
                """);
        return ((Number) ms).doubleValue();
    }

    /**
     * Jumps the grid to a row and returns the milliseconds until the rows there are rendered: the grid starts
     * loading, then stops, and the row with that index shows a student.
     */
    private static double scrollTo(ChromeDriver driver, int index) {
        Object ms = ((JavascriptExecutor) driver).executeAsyncScript("""
                const index = arguments[0];
                const done = arguments[arguments.length - 1];
                const grid = document.getElementById('queue-grid');
                const t0 = performance.now();
                grid.scrollToIndex(index);
                const shown = () => [...grid.shadowRoot.querySelectorAll('tbody#items tr')].some(r =>
                    Number(r.getAttribute('aria-rowindex')) === index + 2 // 1-based, after the header row
                    && [...r.querySelectorAll('td slot')].some(s => {
                        const el = s.assignedElements()[0];
                        return el && el.querySelector('a.student-link') && el.innerText.trim() !== '';
                    }));
                (function poll() {
                    if (!grid.hasAttribute('loading') && shown()) {
                        done(performance.now() - t0);
                    } else if (performance.now() - t0 > 30000) {
                        done(-1);
                    } else {
                        requestAnimationFrame(poll);
                    }
                })();
                """, index);
        double result = ((Number) ms).doubleValue();
        if (result < 0) {
            throw new IllegalStateException("row " + index + " was not rendered within 30 s");
        }
        return result;
    }
}
