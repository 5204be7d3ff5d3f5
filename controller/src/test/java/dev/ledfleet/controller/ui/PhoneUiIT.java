package dev.ledfleet.controller.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledfleet.mqtt.MqttLink;
import dev.ledfleet.mqtt.MqttSettings;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page in a real headless Chromium against the real demo (embedded broker, simulated
 * devices running the agent code): switch the fiber lamp to sparkle from the page, wait until the
 * device itself reports it, and see its frames drawn in the preview.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneUiIT {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Duration DEVICE_WAIT = Duration.ofSeconds(20);

    // Counts the preview's pixels that are lit: brighter than the dark cells drawn for unlit LEDs (at most 31).
    private static final String LIT_PIXELS = """
            const canvas = document.querySelector(arguments[0]);
            if (!canvas || canvas.width === 0) return -1;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let lit = 0;
            for (let i = 0; i < data.length; i += 4) {
              if (Math.max(data[i], data[i + 1], data[i + 2]) > 48) lit++;
            }
            return lit;
            """;

    // Records every state the status line and the effect button go through, to check their order.
    private static final String RECORD_STATES = """
            const [status, button] = arguments;
            window.seenStates = [];
            const note = () => window.seenStates.push({state: status.dataset.state, effect: status.dataset.effect,
                pressed: button.getAttribute('aria-pressed')});
            const watch = {attributes: true, childList: true, characterData: true, subtree: true};
            new MutationObserver(note).observe(status, watch);
            new MutationObserver(note).observe(button, {attributes: true});
            """;

    // What the browser fetched of the page itself: the document plus its scripts and styles, icons excluded.
    private static final String PAGE_BYTES = """
            const own = (e) => e.name.startsWith(location.origin) && !e.name.includes('/icons/') && !e.name.includes('/api/');
            const size = (e) => e.decodedBodySize || e.encodedBodySize || e.transferSize || 0;
            const nav = performance.getEntriesByType('navigation').map(size).reduce((a, b) => a + b, 0);
            return nav + performance.getEntriesByType('resource').filter(own).map(size).reduce((a, b) => a + b, 0);
            """;

    @TempDir
    static Path dataDir;

    @TempDir
    static Path profileDir;

    private static RunningDemo demo;
    private static WebDriver browser;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + "; CI installs it");
        demo = RunningDemo.start(dataDir);
        browser = phoneBrowser(profileDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void switchingFiberLampToSparkle_isConfirmedByTheDevice_andPreviewShowsLitPixels() throws Exception {
        browser.get(demo.baseUrl() + "/#/device/fiber-lamp");
        WebDriverWait wait = new WebDriverWait(browser, DEVICE_WAIT);
        WebElement sparkle = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("button.effect[data-effect='sparkle']"));
            return found.isEmpty() ? null : found.get(0);
        });
        wait.until(d -> "online".equals(reportedField("online")) && reportedEffect() != null);
        assertNotEquals("sparkle", reportedEffect(), "the demo lamp starts on another effect");
        WebElement status = browser.findElement(By.cssSelector("[data-status='fiber-lamp']"));

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", sparkle);
        ((JavascriptExecutor) browser).executeScript(RECORD_STATES, status, sparkle);
        sparkle.click();

        wait.until(d -> "sparkle".equals(reportedEffect()));
        // The page calls it done only once the device's own report arrived over the event stream.
        wait.until(d -> "sparkle".equals(status.getDomAttribute("data-effect"))
                && List.of("confirmed", "idle").contains(status.getDomAttribute("data-state"))
                && "true".equals(sparkle.getDomAttribute("aria-pressed")));
        assertEquals("sparkle", reportedEffect(), "the controller reports the device applied sparkle");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seen = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("return window.seenStates");
        assertTrue(seen.stream().anyMatch(r -> "pending".equals(r.get("state")) && "false".equals(r.get("pressed"))),
                "the page showed the change as pending before the device confirmed it: " + seen);
        assertTrue(seen.stream().filter(r -> "true".equals(r.get("pressed"))).allMatch(r -> "sparkle".equals(r.get("effect"))),
                "sparkle was marked as showing only once the device reported it: " + seen);

        String canvas = "canvas[data-device='fiber-lamp']";
        long lit = wait.until(d -> {
            Object count = ((JavascriptExecutor) d).executeScript(LIT_PIXELS, canvas);
            return count instanceof Number n && n.longValue() > 0 ? n.longValue() : null;
        });
        assertTrue(lit > 0, "the preview draws lit pixels from the device's frames");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("phone-ui-fiber-lamp-sparkle.png");

        browser.get(demo.baseUrl() + "/#/");
        // Previews only ask for frames while on screen; the grid's card starts below the fold.
        WebElement grid = wait.until(d -> d.findElements(By.cssSelector("canvas[data-device='pixel-grid']")).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", grid);
        wait.until(d -> {
            Object count = ((JavascriptExecutor) d).executeScript(LIT_PIXELS, "canvas[data-device='pixel-grid']");
            return count instanceof Number n && n.longValue() > 0;
        });
        screenshot("phone-ui-home.png");
    }

    @Test
    @Order(2)
    void refusedChange_isShownWithTheControllersReason_andTheReportedStateStays() {
        browser.get(demo.baseUrl() + "/#/device/fiber-lamp");
        WebDriverWait wait = new WebDriverWait(browser, DEVICE_WAIT);
        WebElement status = wait.until(d -> d.findElements(By.cssSelector("[data-status='fiber-lamp'][data-effect='sparkle']"))
                .stream().findFirst().orElse(null));
        String brightness = browser.findElement(By.cssSelector("input[data-control='brightness']")).getDomProperty("value");

        // The sliders cannot go out of range, so the page's own command path is given a bad value directly.
        ((JavascriptExecutor) browser).executeScript(
                "import('/js/controls.js').then(m => m.send('fiber-lamp', {brightness: 999}, 'Brightness'))");

        wait.until(d -> "failed".equals(status.getDomAttribute("data-state")));
        assertTrue(status.getText().contains("brightness must be from 0 to 255"), status.getText());
        assertEquals(brightness, browser.findElement(By.cssSelector("input[data-control='brightness']")).getDomProperty("value"),
                "the slider still shows what the device reports");
    }

    @Test
    @Order(3)
    void page_isInstallable_andWithoutIconsWeighsAtMost150KB() {
        browser.get(demo.baseUrl() + "/#/");
        WebDriverWait wait = new WebDriverWait(browser, DEVICE_WAIT);
        wait.until(d -> !d.findElements(By.cssSelector("article.card[data-device]")).isEmpty());
        long bytes = ((Number) ((JavascriptExecutor) browser).executeScript(PAGE_BYTES)).longValue();
        assertTrue(bytes > 10_000, "the page's own files were measured: " + bytes);
        assertTrue(bytes <= 150 * 1024, "HTML, CSS and JS come to " + bytes + " bytes, over the 150 KB budget");

        Map<String, Object> installability = ((ChromeDriver) browser).executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertEquals(List.of(), installability.get("installabilityErrors"), "Chromium would not offer to install the page");
    }

    @Test
    @Order(4)
    void controllerRestart_pageReconnectsAndShowsLiveFramesAgain() throws Exception {
        browser.get(demo.baseUrl() + "/#/");
        WebDriverWait wait = new WebDriverWait(browser, DEVICE_WAIT);
        wait.until(d -> "live".equals(connection()) && livePreview("fiber-lamp"));
        String before = ((JavascriptExecutor) browser).executeScript("return document.body.dataset.reconnects || '0'").toString();

        demo.restart();

        WebDriverWait afterRestart = new WebDriverWait(browser, Duration.ofSeconds(40));
        afterRestart.until(d -> !before.equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.reconnects || '0'").toString()));
        afterRestart.until(d -> "live".equals(connection()) && livePreview("fiber-lamp"));
        WebElement badge = browser.findElement(By.cssSelector("article.card[data-device='fiber-lamp'] .badge"));
        afterRestart.until(d -> "online".equals(badge.getText()));
        screenshot("phone-ui-after-restart.png");
    }

    @Test
    @Order(5)
    void ruleMadeOnRulesPage_firesOnHallMotion_andTheLampAppliesIt() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, DEVICE_WAIT);
        // The list is redrawn when a rule changes or fires, so an element found a moment ago may be gone.
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> "online".equals(reportedField("online")) && reportedEffect() != null);
        String effect = "solid".equals(reportedEffect()) ? "comet" : "solid";
        browser.get(demo.baseUrl() + "/#/rules");
        wait.until(d -> d.findElement(By.cssSelector("[data-new-rule]"))).click();
        WebElement form = wait.until(d -> d.findElement(By.cssSelector("form[data-rule-form='new']")));
        form.findElement(By.cssSelector("[data-field='name']")).sendKeys("Hall motion");
        WebElement topic = form.findElement(By.cssSelector("[data-field='trigger.topic']"));
        topic.sendKeys("home/#/motion");
        new Select(form.findElement(By.cssSelector("[data-field='trigger.match']"))).selectByValue("payload");
        form.findElement(By.cssSelector("[data-field='trigger.payload']")).sendKeys("on");
        new Select(form.findElement(By.cssSelector("[data-field='actions[0].device']"))).selectByValue("device:fiber-lamp");
        new Select(form.findElement(By.cssSelector("[data-field='actions[0].state.power']"))).selectByValue("true");
        new Select(form.findElement(By.cssSelector("[data-field='actions[0].state.effect']"))).selectByValue(effect);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                form.findElement(By.cssSelector("[data-field='actions[0]']")));
        screenshot("phone-ui-rule-form.png");
        tap(form.findElement(By.cssSelector("button[type='submit']")));

        // '#' in the middle of a filter is refused by the controller, and the page says so at the topic.
        WebElement error = wait.until(d -> form.findElement(By.cssSelector("[data-rule-error]")).isDisplayed()
                ? form.findElement(By.cssSelector("[data-rule-error]")) : null);
        assertTrue(error.getText().contains("trigger.topic"), error.getText());
        assertEquals("true", topic.getDomAttribute("aria-invalid"), "the refused input is marked");
        screenshot("phone-ui-rule-refused.png");

        topic.clear();
        topic.sendKeys("home/hall/motion");
        tap(form.findElement(By.cssSelector("button[type='submit']")));
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("article[data-rule]")).stream()
                .filter(c -> c.getText().contains("Hall motion")).findFirst().orElse(null));
        String ruleId = card.getDomAttribute("data-rule");
        JsonNode stored = getJson("/api/rules/" + ruleId);
        assertEquals("home/hall/motion", stored.path("trigger").path("topic").asText());
        assertEquals(effect, stored.path("actions").path(0).path("state").path("effect").asText());

        try (MqttLink house = new MqttLink(MqttSettings.of(demo.mqttUrl(), "phone-ui-house-" + UUID.randomUUID()))) {
            house.start();
            house.firstConnection().get(10, TimeUnit.SECONDS);
            // The rule's subscription is made just after it is saved, so the sensor repeats itself until heard.
            wait.until(d -> {
                house.publish("home/hall/motion", "on".getBytes(StandardCharsets.UTF_8), 1, false).join();
                return effect.equals(reportedEffect()) ? true : sleepThenRetry();
            });
        }
        // The sensor may have been heard more than once; one of the rule's commands was applied.
        JsonNode byRule = wait.until(d -> {
            for (JsonNode c : getJson("/api/devices/fiber-lamp/commands")) {
                if ("rule".equals(c.path("source").asText()) && "applied".equals(c.path("status").asText())) {
                    return c;
                }
            }
            return null;
        });
        assertEquals(effect, byRule.path("patch").path("effect").asText(), byRule.toString());

        browser.navigate().refresh();
        By firingLog = By.cssSelector("[data-firings='" + ruleId + "']");
        wait.until(d -> d.findElement(firingLog).getText().contains("done"));
        WebElement firings = browser.findElement(firingLog);
        assertTrue(firings.getText().contains("mqtt home/hall/motion"), firings.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", firings);
        screenshot("phone-ui-rules.png");

        // Editing starts from the stored rule; saving it puts it back through PUT.
        tap(browser.findElement(By.cssSelector("article[data-rule='" + ruleId + "'] [data-edit-rule]")));
        WebElement editForm = wait.until(d -> d.findElement(By.cssSelector("form[data-rule-form='" + ruleId + "']")));
        assertEquals("home/hall/motion", editForm.findElement(By.cssSelector("[data-field='trigger.topic']")).getDomProperty("value"));
        assertEquals(effect, editForm.findElement(By.cssSelector("[data-field='actions[0].state.effect']")).getDomProperty("value"));
        WebElement payload = editForm.findElement(By.cssSelector("[data-field='trigger.payload']"));
        payload.clear();
        payload.sendKeys("detected");
        tap(editForm.findElement(By.cssSelector("button[type='submit']")));
        wait.until(d -> "detected".equals(getJson("/api/rules/" + ruleId).path("trigger").path("payload").asText()));

        wait.until(d -> d.findElement(By.cssSelector("article[data-rule='" + ruleId + "']")).getText().contains("detected"));
        tap(browser.findElement(By.cssSelector("[data-rule-toggle='" + ruleId + "']")));
        wait.until(d -> !getJson("/api/rules/" + ruleId).path("enabled").asBoolean(true));
        wait.until(d -> "false".equals(d.findElement(By.cssSelector("[data-rule-toggle='" + ruleId + "']")).getDomAttribute("aria-checked")));

        // The rule's choice counts as use, shown with the lamp's favourites.
        browser.get(demo.baseUrl() + "/#/device/fiber-lamp");
        WebElement usage = wait.until(d -> d.findElement(By.cssSelector("[data-usage]")));
        String effectName = "solid".equals(effect) ? "Solid" : "Comet";
        wait.until(d -> usage.getText().contains(effectName));
        assertEquals("learned", browser.findElement(By.cssSelector("[data-favourites-order]")).getDomAttribute("data-favourites-order"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", usage);
        screenshot("phone-ui-favourites-usage.png");
    }

    @Test
    @Order(6)
    void buttonMappingChangedOnButtonsPage_isWhatTheApiReturns() throws Exception {
        browser.get(demo.baseUrl() + "/#/buttons");
        WebDriverWait wait = new WebDriverWait(browser, DEVICE_WAIT);
        String card = "article[data-buttons='fiber-lamp'] ";
        WebElement action = wait.until(d -> d.findElement(By.cssSelector(card + "select[data-gesture='1:double']")));
        assertEquals("previous-favourite", action.getDomProperty("value"), "the lamp starts with the default mapping");
        new Select(action).selectByValue("brightness-up");
        new Select(browser.findElement(By.cssSelector(card + "select[data-target='1:double']"))).selectByValue("device:pixel-grid");
        tap(browser.findElement(By.cssSelector(card + "[data-save-buttons='fiber-lamp']")));

        JsonNode double_ = wait.until(d -> {
            JsonNode mapping = getJson("/api/devices/fiber-lamp/buttons");
            for (JsonNode m : mapping.path("mappings")) {
                if ("double".equals(m.path("gesture").asText()) && "brightness-up".equals(m.path("action").path("type").asText())) {
                    return mapping.path("default").asBoolean() ? null : m;
                }
            }
            return null;
        });
        assertEquals("pixel-grid", double_.path("target").path("device").asText(), double_.toString());

        browser.navigate().refresh();
        WebElement reloaded = wait.until(d -> d.findElement(By.cssSelector(card + "select[data-gesture='1:double']")));
        wait.until(d -> "brightness-up".equals(reloaded.getDomProperty("value")));
        assertEquals("device:pixel-grid", browser.findElement(By.cssSelector(card + "select[data-target='1:double']")).getDomProperty("value"));
        screenshot("phone-ui-buttons.png");
    }

    // The tab bar is fixed at the bottom, so a button is brought to the middle of the screen before the tap.
    private static void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static boolean sleepThenRetry() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static JsonNode getJson(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String connection() {
        return browser.findElement(By.id("connection")).getDomAttribute("data-state");
    }

    // A preview counts as live when its last frame is fresh (the page veils stale ones) and has lit pixels.
    private static boolean livePreview(String device) {
        List<WebElement> previews = browser.findElements(By.cssSelector(".preview:has(canvas[data-device='" + device + "'])"));
        if (previews.isEmpty() || !"true".equals(previews.get(0).getDomAttribute("data-live"))) {
            return false;
        }
        Object lit = ((JavascriptExecutor) browser).executeScript(LIT_PIXELS, "canvas[data-device='" + device + "']");
        return lit instanceof Number n && n.longValue() > 0;
    }

    private static WebDriver phoneBrowser(Path profile) {
        // Driver and browser given explicitly, so Selenium never starts Selenium Manager and nothing is
        // downloaded (SE_OFFLINE would only matter to Selenium Manager itself).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=360,740");
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "touch", true)));
        return new ChromeDriver(service, options);
    }

    private static String reportedEffect() {
        JsonNode device = fiberLamp();
        return device == null ? null : device.path("reported").path("effect").asText(null);
    }

    private static String reportedField(String field) {
        JsonNode device = fiberLamp();
        return device == null ? null : device.path(field).asText(null);
    }

    private static JsonNode fiberLamp() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/api/devices/fiber-lamp")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void screenshot(String name) throws IOException {
        Path target = Paths.get("target", name);
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
