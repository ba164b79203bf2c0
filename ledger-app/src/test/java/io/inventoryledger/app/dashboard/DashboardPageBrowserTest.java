package io.inventoryledger.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard page in a real browser (Debian's headless Chromium through its chromedriver, never a downloaded
 * one): its empty state says what to do; providers and claims made through the API show up per class and per
 * aggregate with their units; a claim made meanwhile changes the page without a reload. Screenshots go to
 * {@code target/dashboard-screenshots} (docs/dashboards.md shows copies).
 */
class DashboardPageBrowserTest extends LedgerServerTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target/dashboard-screenshots");
    private static final String AGGREGATE = "7c2d9f4e-1a3b-4c5d-8e6f-9a0b1c2d3e4f";

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void thePageShowsTheLedgersFiguresAndFollowsAClaimWithoutAReload() throws IOException {
        browser.get(baseUrl() + "/ledger/dashboard/?refresh=1");
        browser.findElement(By.id("token")).sendKeys("admin");
        browser.findElement(By.cssSelector("#token-form button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("overview"), "No inventory yet"));
        assertThat((String) script("return sessionStorage.getItem('ledger.dashboard.token')"))
                .isEqualTo("admin");
        assertThat((String) script("return localStorage.length + ''")).isEqualTo("0");

        String a = Providers.withInventory(
                api,
                "compute-a",
                "{\"VCPU\":{\"total\":16,\"reserved\":2,\"allocation_ratio\":4.0},"
                        + "\"MEMORY_MB\":{\"total\":65536},\"DISK_GB\":{\"total\":2000}}");
        String b =
                Providers.withInventory(api, "compute-b", "{\"VCPU\":{\"total\":8},\"MEMORY_MB\":{\"total\":16384}}");
        assertThat(api.put(
                                "/resource_providers/" + b + "/aggregates",
                                "{\"resource_provider_generation\":1,\"aggregates\":[\"" + AGGREGATE + "\"]}")
                        .status())
                .isEqualTo(200);
        claim(a, "\"VCPU\":10,\"MEMORY_MB\":8192,\"DISK_GB\":120", "project-blue");
        claim(b, "\"VCPU\":3,\"MEMORY_MB\":2048", "project-green");

        wait.until(d -> text("[data-class=VCPU] .used").equals("13 vCPU"));
        assertThat(text("[data-class=VCPU] .capacity")).isEqualTo("64 vCPU");
        assertThat(text("[data-class=VCPU] .free")).isEqualTo("51 vCPU");
        assertThat(text("#overview [data-class=MEMORY_MB] .used")).isEqualTo("10 GiB");
        assertThat(text("#overview [data-class=MEMORY_MB] .capacity")).isEqualTo("80 GiB");
        assertThat(text("#overview [data-class=DISK_GB] .capacity")).isEqualTo("2 TB");
        String vcpuInAggregate = "#aggregates tr[data-aggregate='" + AGGREGATE + "'][data-class=VCPU]";
        wait.until(d -> !text(vcpuInAggregate).isEmpty());
        assertThat(text(vcpuInAggregate + " .used")).isEqualTo("3 vCPU");
        assertThat(text(vcpuInAggregate + " .capacity")).isEqualTo("8 vCPU");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projects"), "project-blue"));
        screenshot("dashboard-1280x800.png");

        script("window.samePage = 'not reloaded'");
        claim(a, "\"VCPU\":5", "project-blue");

        wait.until(d -> text("[data-class=VCPU] .used").equals("18 vCPU"));
        assertThat((String) script("return window.samePage")).isEqualTo("not reloaded");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "VCPU: used 13 vCPU → 18 vCPU"));
        if (text("#changes-source").startsWith("live")) { // the change feed's stream is served: its events are listed
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "of project-blue now holds"));
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(d -> (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"));
        screenshot("dashboard-phone.png");
    }

    private void claim(String provider, String resources, String project) {
        Reply put = api.put(
                "/allocations/" + UUID.randomUUID(),
                "{\"allocations\":{\"" + provider
                        + "\":{\"resources\":{" + resources + "}}},\"project_id\":\"" + project
                        + "\",\"user_id\":\"alice\","
                        + "\"consumer_generation\":null,\"consumer_type\":\"INSTANCE\"}");
        assertThat(put.status()).as(put.toString()).isEqualTo(204);
    }

    /** The element's text, read in one step: the page replaces its elements at every refresh. */
    private String text(String css) {
        Object text = ((JavascriptExecutor) browser)
                .executeScript("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
        return String.valueOf(text);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
