package org.xinyu.it.workbench;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinyu.it.XinyuServer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium (Debian's chromium + chromedriver, paths set explicitly) speaking Chinese, with helpers
 * for Vaadin pages. Without the browser the tests are skipped loudly, unless {@code xinyu.require.browser=true}.
 * Public for the few tests outside this package that need a signed-in workbench session (SessionRevocationIT).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("xinyu.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("xinyu.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("xinyu.build.dir", "target"), "screenshots");
    /** Vaadin's marker for a translation key that has no text: "!zh: some.key". */
    static final Pattern UNTRANSLATED = Pattern.compile("![a-z]{2}: ?[A-Za-z][\\w.]*");

    final ChromeDriver driver;
    final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    public static Browser open() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed: "
                    + "apt-get install -y chromium chromium-driver fonts-wqy-zenhei";
            if (Boolean.getBoolean("xinyu.require.browser")) {
                Assertions.fail(message + " and xinyu.require.browser=true: the browser tests must not be skipped");
            }
            System.out.println("[xinyu-it] SKIPPED: " + message);
            Assumptions.abort(message);
        }
        // xinyu.it.workbench.url: run against a server that is already up (while iterating on the views)
        String baseUrl = System.getProperty("xinyu.it.workbench.url", "");
        if (baseUrl.isBlank()) {
            baseUrl = XinyuServer.baseUrl();
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            Path profile = Files.createTempDirectory("xinyu-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN", "--accept-lang=zh-CN");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void go(String path) {
        driver.get(baseUrl + path);
        settle();
    }

    /** Waits until Vaadin has answered every request in flight. */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    public <T> T waitFor(String what, Supplier<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).ignoring(RuntimeException.class)
                .until(d -> {
                    T value = condition.get();
                    return value instanceof Boolean b ? (b ? value : null) : value;
                });
    }

    public WebElement find(String css) {
        return waitFor("element " + css, () -> {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            // Selenium's isDisplayed misjudges content slotted into shadow DOM (grid cells): ask for a box instead
            return found.isEmpty() || !Boolean.TRUE.equals(js("const r = arguments[0].getBoundingClientRect(); "
                    + "return r.width > 0 && r.height > 0;", found.get(0))) ? null : found.get(0);
        });
    }

    void type(String fieldId, String text) {
        WebElement input = find("#" + fieldId + " input, #" + fieldId + " textarea");
        input.clear();
        input.sendKeys(text);
    }

    void click(String css) {
        WebElement element = find(css);
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        settle();
    }

    /** Picks an option of a vaadin-select by its visible text. */
    void choose(String selectId, String option) {
        click("#" + selectId);
        waitFor("option " + option, () -> {
            // the open overlay's item: other selects keep their (hidden) items in the DOM, and a select shows its
            // chosen value through a copy of the item outside the list box
            for (WebElement item : driver.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item"))) {
                if (Boolean.TRUE.equals(js("const r = arguments[0].getBoundingClientRect();"
                        + " return arguments[0].innerText.trim() === arguments[1] && r.width > 0 && r.height > 0;", item, option))) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        settle();
    }

    public void login(String username, String password) {
        go("/login");
        type("username", username);
        type("password", password);
        click("#sign-in");
        waitFor("signed in as " + username, () -> !driver.findElements(By.id("sign-out")).isEmpty());
        settle();
    }

    void logout() {
        click("#sign-out");
        waitFor("back on the login page", () -> !driver.findElements(By.id("sign-in")).isEmpty());
    }

    String bodyText() {
        return (String) js("return document.body.innerText;");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The grid's rendered rows in row order, each as its cells' texts joined by " | ". */
    @SuppressWarnings("unchecked")
    List<String> gridRows(String gridId) {
        settle();
        return (List<String>) js("""
                const grid = document.getElementById(arguments[0]);
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(r => !r.hidden && r.hasAttribute('aria-rowindex'))
                    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
                return rows.map(r => [...r.querySelectorAll('td slot')]
                    .map(s => { const el = s.assignedElements()[0]; return el ? el.innerText.trim() : ''; }).join(' | '));
                """, gridId);
    }

    /** Sets the browser window so that the page's viewport (window.innerWidth x innerHeight) is width x height. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // headless Chromium may count some window decoration: correct by what the page sees
        Number innerWidth = (Number) js("return window.innerWidth;");
        Number innerHeight = (Number) js("return window.innerHeight;");
        if (innerWidth.intValue() != width || innerHeight.intValue() != height) {
            driver.manage().window().setSize(new Dimension(2 * width - innerWidth.intValue(), 2 * height - innerHeight.intValue()));
        }
        waitFor("a viewport of " + width + "x" + height, () -> ((Number) js("return window.innerWidth;")).intValue() == width
                && ((Number) js("return window.innerHeight;")).intValue() == height);
        settle();
    }

    /** Fails when the page is wider than the window (a horizontal scroll bar for the whole page). */
    void assertNoHorizontalOverflow(String where) {
        settle();
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                + " document.body.scrollWidth];");
        Assertions.assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(),
                () -> "The page overflows horizontally on " + where + ": scrollWidth " + widths.get(0) + " > clientWidth " + widths.get(1)
                        + " (body " + widths.get(2) + "); widest elements: " + widestElements(widths.get(1).intValue()));
    }

    /** For a failure message: elements whose right edge lies beyond the given width. */
    private Object widestElements(int width) {
        return js("""
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > arguments[0] + 1)
                    .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                    + ' right=' + Math.round(e.getBoundingClientRect().right));
                """, width);
    }

    /** Whether the element is inside the viewport and on top at its centre (not covered, not scrolled away). */
    boolean reachable(WebElement element) {
        return Boolean.TRUE.equals(js("""
                const e = arguments[0]; const r = e.getBoundingClientRect();
                if (r.width <= 0 || r.height <= 0 || r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight) {
                    return false;
                }
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return !!hit && (hit === e || e.contains(hit));
                """, element));
    }

    /** The CSS media type the page is rendered for: "print" to see the print stylesheet, "" for the screen again. */
    void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** The routes of the side navigation, in order. */
    @SuppressWarnings("unchecked")
    List<String> navRoutes() {
        return (List<String>) js("return [...document.querySelectorAll('#side-nav vaadin-side-nav-item')]"
                + ".map(i => i.getAttribute('data-route'));");
    }

    /** Fails on any "!zh: key" marker of a missing translation, in the page or its title. */
    void assertTranslated(String where) {
        String text = bodyText() + "\n" + driver.getTitle();
        Matcher m = UNTRANSLATED.matcher(text);
        if (m.find()) {
            Assertions.fail("Untranslated key on " + where + ": " + m.group());
        }
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole page, not only the visible part (Chromium's capture beyond the viewport). */
    @SuppressWarnings("unchecked")
    Path fullPageScreenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return write(name + ".png", Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The page printed to PDF by Chromium (A4, with the page's print stylesheet), as a file under target/screenshots. */
    Path printToPdf(String name) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "preferCSSPageSize", true, "printBackground", true));
        return write(name + ".pdf", Base64.getDecoder().decode((String) pdf.get("data")));
    }

    private static Path write(String file, byte[] bytes) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(file), bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
