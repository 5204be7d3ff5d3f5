package dev.ledfleet.controller.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ledfleet.controller.Controller;
import dev.ledfleet.controller.ControllerOptions;
import dev.ledfleet.controller.auth.PasswordHash;
import dev.ledfleet.controller.auth.UserFile;
import dev.ledfleet.mqtt.testing.TestBroker;
import dev.ledfleet.mqtt.testing.TestBrokers;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser against a controller that needs a login: the login page, the session it opens, and logging out. */
class LoginUiIT {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

    @TempDir
    Path dataDir;
    @TempDir
    Path profileDir;
    TestBroker broker;
    Controller controller;
    WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (controller != null) {
            controller.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void loginPage_refusesAWrongPassword_opensTheAppWithTheRightOne_andLogsOut() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + "; CI installs it");
        UserFile users = UserFile.load(dataDir);
        users.put("alice", PasswordHash.create("lights-on-please", new SecureRandom()));
        users.save();
        broker = TestBrokers.start();
        controller = Controller.start(ControllerOptions.parse(new String[] {"--http-host", "127.0.0.1", "--http-port", "0",
                "--mqtt-url", broker.url(), "--base-topic", "login-ui"}), dataDir);
        browser = browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get("http://127.0.0.1:" + controller.httpPort() + "/");
        wait.until(d -> !d.findElements(By.id("login-user")).isEmpty());
        browser.findElement(By.id("login-user")).sendKeys("alice");
        browser.findElement(By.id("login-password")).sendKeys("not-her-password");
        browser.findElement(By.cssSelector(".login button[type='submit']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".login-error")).getText().contains("wrong user name or password"));

        browser.findElement(By.id("login-password")).sendKeys("lights-on-please");
        browser.findElement(By.cssSelector(".login button[type='submit']")).click();

        // Live means the event stream opened with the session cookie.
        wait.until(d -> "live".equals(d.findElement(By.id("connection")).getDomAttribute("data-state")));
        assertThat(browser.findElements(By.id("login-user"))).isEmpty();
        wait.until(d -> !d.findElements(By.cssSelector(".top button")).isEmpty());
        browser.findElement(By.cssSelector(".top button")).click();
        wait.until(d -> !d.findElements(By.id("login-user")).isEmpty());
    }

    private WebDriver browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profileDir, "--window-size=360,740");
        return new ChromeDriver(service, options);
    }
}
