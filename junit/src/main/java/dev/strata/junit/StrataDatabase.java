package dev.strata.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link javax.sql.DataSource} for a fresh database migrated with the plans of a Strata project, up to and
 * including plan {@link #upTo()}. On a test class, every {@code DataSource} parameter of its tests, constructor and
 * lifecycle methods gets it; on a parameter or field, that one does. One database per test class and annotation:
 * tests of a class share it (and see each other's data); other classes get their own.
 *
 * <pre>{@code
 * @StrataDatabase(project = "samples/shop", upTo = "0004")
 * class CustomerRepositoryTest {
 *     @Test
 *     void findsCustomersByEmail(DataSource db) throws SQLException { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER})
@ExtendWith(StrataExtension.class)
public @interface StrataDatabase {

    /**
     * The project directory (holding {@code strata.toml}). A relative path is looked up from the working directory,
     * then from each of its parents, so {@code samples/shop} works from a module of a multi-module build.
     */
    String project();

    /** The last plan to apply: its id ({@code 0004_shorter-postal-codes}) or number ({@code 0004}, {@code 4}); empty for all. */
    String upTo() default "";

    /** Where the database lives. */
    Provider provider() default Provider.EMBEDDED;

    /**
     * For {@link Provider#URL}: a server to make the database on (the user needs CREATEDB). Empty: the system property
     * {@code strata.test.url}, else the tests are skipped.
     */
    String url() default "";

    /** For {@link Provider#TESTCONTAINERS}: the PostgreSQL image. */
    String image() default "postgres:17-alpine";

    /** The kinds of server a {@link StrataDatabase} can live on. */
    enum Provider {
        /** An embedded PostgreSQL started once per JVM in a temporary directory (zonky); a database per class. */
        EMBEDDED,
        /** An existing server given by {@link #url()} or {@code -Dstrata.test.url}; a database per class, dropped after. */
        URL,
        /** A PostgreSQL container started once per JVM by Testcontainers; skipped when Docker is not available. */
        TESTCONTAINERS
    }
}
