package dev.strata.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.engine.session.Reporter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Does the starter's work when the application's DataSource bean is ready and before any other bean receives it:
 * applies the pending plans ({@code apply-on-startup}), checks the pinned facade version, then makes every connection
 * run with the version's schema and the role ({@code connectionInitSql} on a HikariCP pool that has not started,
 * otherwise a wrapper) and checks that on one connection. A failure stops the context with a
 * {@link StrataStartupException}.
 *
 * <p>The application's DataSource is its only DataSource bean, else the primary one, else the one named
 * {@code dataSource}.
 */
final class StrataDataSourcePostProcessor implements BeanPostProcessor, Ordered {

    private static final Log LOG = LogFactory.getLog(StrataDataSourcePostProcessor.class);

    private final StrataProperties properties;
    private final Environment environment;
    private final ResourceLoader resourceLoader;
    private final ConfigurableListableBeanFactory beans;

    StrataDataSourcePostProcessor(StrataProperties properties, Environment environment, ResourceLoader resourceLoader,
                                  ConfigurableListableBeanFactory beans) {
        this.properties = properties;
        this.environment = environment;
        this.resourceLoader = resourceLoader;
        this.beans = beans;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource dataSource) || !isApplicationDataSource(name)) {
            return bean;
        }
        Path projectDir = null;
        if (properties.applyOnStartup()) {
            if (properties.project() == null || properties.project().isBlank()) {
                throw new StrataStartupException("spring.strata.apply-on-startup is on, but spring.strata.project"
                        + " does not say where the Strata project is.", "Set spring.strata.project to the project's"
                        + " directory or to classpath:LOCATION, or turn apply-on-startup off.");
            }
            projectDir = ProjectLocation.resolve(properties.project(), resourceLoader);
        }
        ConnectionSettings settings = ConnectionSettings.of(properties);
        if (projectDir == null && settings.pin() == null) {
            return pinned(dataSource, settings);
        }
        new StrataStartup(properties, StrataTarget.of(properties, dataSource, environment), reporter())
                .run(projectDir);
        return pinned(dataSource, settings);
    }

    private DataSource pinned(DataSource dataSource, ConnectionSettings settings) {
        if (settings.changesNothing()) {
            return dataSource;
        }
        DataSource result = dataSource;
        if (dataSource instanceof HikariDataSource hikari && !hikari.isRunning()) {
            String own = hikari.getConnectionInitSql();
            hikari.setConnectionInitSql(own == null || own.isBlank() ? settings.sql() : settings.sql() + " " + own);
        } else {
            result = new PinnedDataSource(dataSource, settings);
        }
        settings.verify(result);
        return result;
    }

    private boolean isApplicationDataSource(String name) {
        List<String> names = Arrays.asList(beans.getBeanNamesForType(DataSource.class, true, false));
        if (names.size() <= 1) {
            return true;
        }
        List<String> primary = names.stream().filter(candidate -> beans.containsBeanDefinition(candidate)
                && beans.getBeanDefinition(candidate).isPrimary()).toList();
        if (primary.size() == 1) {
            return primary.get(0).equals(name);
        }
        if (names.contains("dataSource")) {
            return name.equals("dataSource");
        }
        throw new StrataStartupException("The application has " + names.size() + " DataSource beans " + names
                + " and Strata cannot tell which one it uses.", "Mark one @Primary or name it dataSource.");
    }

    private static Reporter reporter() {
        return new Reporter() {
            @Override
            public void info(String line) {
                LOG.info(line);
            }

            @Override
            public void warn(String line) {
                LOG.warn(line);
            }
        };
    }
}
