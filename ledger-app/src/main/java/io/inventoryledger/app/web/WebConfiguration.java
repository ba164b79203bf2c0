package io.inventoryledger.app.web;

import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.policy.PolicyRuleInterceptor;
import io.inventoryledger.app.readmodel.ReadModelWait;
import io.inventoryledger.app.readmodel.ReadModelWaitInterceptor;
import io.inventoryledger.app.readmodel.RecentWriters;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    private final PolicyEnforcer policy;
    private final ReadModelWait readModelWait;
    private final RecentWriters recentWriters;

    WebConfiguration(PolicyEnforcer policy, ReadModelWait readModelWait, RecentWriters recentWriters) {
        this.policy = policy;
        this.readModelWait = readModelWait;
        this.recentWriters = recentWriters;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new MicroversionArgumentResolver());
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new WriteAnswersJson()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SinceInterceptor());
        registry.addInterceptor(new PolicyRuleInterceptor(policy)).addPathPatterns("/ledger/**");
        // after the policy: a refused caller does not wait; on every path, to note Placement's writes too
        registry.addInterceptor(new ReadModelWaitInterceptor(readModelWait, recentWriters));
    }
}
