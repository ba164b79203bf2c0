package io.inventoryledger.app.dashboard;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard page at {@code /ledger/dashboard/}: static files from the jar (the page, its script and style, and
 * uPlot from its WebJar), public like version discovery, since they hold no data; the figures come from the
 * policy-checked JSON API, called with the token typed into the page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.dashboard.enabled", havingValue = "true", matchIfMissing = true)
public class DashboardPage implements WebMvcConfigurer {
    /** Paths served without a token. */
    public static boolean isPage(String path) {
        return path.equals(PAGE) || path.equals("/ledger/dashboard") || path.startsWith(ASSETS);
    }

    static final String PAGE = "/ledger/dashboard/";
    static final String ASSETS = "/ledger/dashboard/assets/";
    private static final String UPLOT = "classpath:/META-INF/resources/webjars/uplot/1.6.30/dist/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl revalidate = CacheControl.maxAge(Duration.ZERO).mustRevalidate();
        registry.addResourceHandler(ASSETS + "uplot/**")
                .addResourceLocations(UPLOT)
                .setCacheControl(revalidate);
        registry.addResourceHandler(ASSETS + "**")
                .addResourceLocations("classpath:/dashboard/")
                .setCacheControl(revalidate);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/ledger/dashboard", PAGE);
        registry.addViewController(PAGE).setViewName("forward:" + ASSETS + "index.html");
    }
}
