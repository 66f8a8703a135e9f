package dev.strata.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link StrataDatabase}: skips what cannot run (Testcontainers without Docker, a URL provider
 * without a URL) with the reason, injects {@link DataSource} parameters and annotated fields, and keeps one migrated
 * database per test class and annotation in the class's store, dropped when the class is done.
 */
public final class StrataExtension implements ExecutionCondition, ParameterResolver, TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StrataExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (StrataDatabase database : annotationsInScope(context)) {
            if (database.provider() == StrataDatabase.Provider.TESTCONTAINERS && !Servers.dockerAvailable()) {
                return ConditionEvaluationResult.disabled("@StrataDatabase(provider = TESTCONTAINERS) needs Docker,"
                        + " and no Docker daemon is reachable from this machine (Testcontainers found no working"
                        + " environment: DOCKER_HOST, /var/run/docker.sock, ~/.testcontainers.properties). Use the"
                        + " EMBEDDED or URL provider here.");
            }
            if (database.provider() == StrataDatabase.Provider.URL && Servers.url(database) == null) {
                return ConditionEvaluationResult.disabled("@StrataDatabase(provider = URL) has no url and the"
                        + " system property " + Servers.URL_PROPERTY + " is not set");
            }
        }
        return ConditionEvaluationResult.enabled("every @StrataDatabase provider in scope can run");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class && annotationFor(parameter.getParameter(),
                context).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        StrataDatabase database = annotationFor(parameter.getParameter(), context).orElseThrow();
        try {
            return dataSource(context, database);
        } catch (RuntimeException | SQLException e) {
            throw new ParameterResolutionException("@StrataDatabase(project = \"" + database.project() + "\", upTo = \""
                    + database.upTo() + "\"): " + e.getMessage(), e);
        }
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        for (Field field : AnnotationSupport.findAnnotatedFields(instance.getClass(), StrataDatabase.class)) {
            if (field.getType() != DataSource.class) {
                throw new ExtensionConfigurationException("@StrataDatabase field " + field.getName() + " must be a"
                        + " javax.sql.DataSource, not " + field.getType().getName());
            }
            field.setAccessible(true);
            field.set(instance, dataSource(context, field.getAnnotation(StrataDatabase.class)));
        }
    }

    private static DataSource dataSource(ExtensionContext context, StrataDatabase database) throws SQLException {
        ExtensionContext classContext = classContext(context);
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        Object key = List.of(database.project(), database.upTo(), database.provider(), database.url(),
                database.image());
        MigratedDatabase migrated = store.get(key, MigratedDatabase.class);
        if (migrated == null) {
            migrated = MigratedDatabase.create(Servers.of(context, database), database);
            store.put(key, migrated);
        }
        return migrated.dataSource();
    }

    /** The parameter's own annotation, else the one on its class (or an enclosing class). */
    private static Optional<StrataDatabase> annotationFor(Parameter parameter, ExtensionContext context) {
        Optional<StrataDatabase> own = AnnotationSupport.findAnnotation(parameter, StrataDatabase.class);
        return own.isPresent() ? own : onClass(context);
    }

    private static Optional<StrataDatabase> onClass(ExtensionContext context) {
        for (Optional<Class<?>> type = context.getTestClass(); type.isPresent();
             type = Optional.ofNullable(type.get().getEnclosingClass())) {
            Optional<StrataDatabase> found = AnnotationSupport.findAnnotation(type.get(), StrataDatabase.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<StrataDatabase> annotationsInScope(ExtensionContext context) {
        var found = new ArrayList<StrataDatabase>();
        onClass(context).ifPresent(found::add);
        context.getTestClass().ifPresent(type -> AnnotationSupport.findAnnotatedFields(type, StrataDatabase.class)
                .forEach(f -> found.add(f.getAnnotation(StrataDatabase.class))));
        context.getTestMethod().ifPresent(method -> {
            for (Parameter parameter : method.getParameters()) {
                annotation(parameter).ifPresent(found::add);
            }
        });
        return found;
    }

    private static Optional<StrataDatabase> annotation(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, StrataDatabase.class);
    }

    /** The context of the test class: where one class's database lives. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
