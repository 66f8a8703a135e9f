package dev.strata.spring;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * {@code spring.strata.*}: the application's DataSource pinned to a facade version and role, the pending plans
 * applied on start-up when asked (docs/spring-boot.md). Off with {@code spring.strata.enabled=false}. Ordered after
 * the DataSource auto-configuration of Spring Boot 4.0 and of Spring Boot 3.5, where it has its old package.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(DataSource.class)
@ConditionalOnBooleanProperty(name = StrataProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
public class StrataAutoConfiguration {

    /** Static, and bound from the environment itself: a post-processor is made before other beans. */
    @Bean
    static StrataDataSourcePostProcessor strataDataSourcePostProcessor(Environment environment,
                                                                       ResourceLoader resourceLoader,
                                                                       ConfigurableListableBeanFactory beans) {
        StrataProperties properties = Binder.get(environment).bindOrCreate(StrataProperties.PREFIX,
                StrataProperties.class);
        return new StrataDataSourcePostProcessor(properties, environment, resourceLoader, beans);
    }

    /** {@code /actuator/strata}, when the application has Actuator (exposed as the application exposes endpoints). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class Actuator {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnSingleCandidate(DataSource.class)
        StrataEndpoint strataEndpoint(StrataProperties properties, DataSource dataSource, Environment environment) {
            return new StrataEndpoint(properties, dataSource, environment);
        }
    }
}
