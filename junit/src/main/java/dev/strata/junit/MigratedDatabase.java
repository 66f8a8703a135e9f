package dev.strata.junit;

import dev.strata.compiler.project.LoadedProject;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One fresh database migrated to a plan, and its {@link DataSource}; dropped when closed. */
final class MigratedDatabase implements AutoCloseable {

    private final ScratchServer server;
    private final Target target;
    private final DataSource dataSource;

    private MigratedDatabase(ScratchServer server, Target target) {
        this.server = server;
        this.target = target;
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(target.jdbcUrl());
        if (target.user() != null) {
            source.setUser(target.user());
        }
        if (target.password() != null) {
            source.setPassword(target.password());
        }
        this.dataSource = source;
    }

    static MigratedDatabase create(ScratchServer server, StrataDatabase annotation) throws SQLException {
        ProjectConfig project = project(annotation.project());
        PlanChain plans = upTo(project.plans(), annotation.upTo());
        Target target = server.newDatabase("strata_test_junit");
        RunnerIdentity identity = RunnerIdentity.current();
        try (Database database = Database.connect(target, identity, Duration.ofSeconds(30))) {
            new Runner(database, identity, Reporter.silent()).apply(plans, ApplyOptions.defaults());
        } catch (RuntimeException e) {
            server.drop(target);
            throw e;
        }
        return new MigratedDatabase(server, target);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        server.drop(target);
    }

    static ProjectConfig project(String directory) {
        Path given = Path.of(directory);
        Path found = given;
        if (!given.isAbsolute()) {
            for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
                if (Files.isRegularFile(base.resolve(given).resolve(ProjectConfig.FILE_NAME))) {
                    found = base.resolve(given);
                    break;
                }
            }
        }
        if (!Files.isRegularFile(found.resolve(ProjectConfig.FILE_NAME))) {
            throw new IllegalArgumentException("@StrataDatabase(project = \"" + directory + "\"): no "
                    + ProjectConfig.FILE_NAME + " there, nor under any parent of " + Path.of("").toAbsolutePath());
        }
        LoadedProject loaded = ProjectLoader.load(found);
        if (loaded.config() == null) {
            throw new IllegalArgumentException("@StrataDatabase(project = \"" + directory + "\"): cannot read "
                    + found.resolve(ProjectConfig.FILE_NAME) + ": " + loaded.diagnostics());
        }
        return loaded.config();
    }

    /** The plans up to and including {@code upTo} (an id or a number); all of them when it is empty. */
    static PlanChain upTo(PlanChain plans, String upTo) {
        if (upTo.isEmpty()) {
            return plans;
        }
        List<Plan> all = plans.plans();
        for (int i = 0; i < all.size(); i++) {
            Plan plan = all.get(i);
            if (plan.id().equals(upTo) || isNumber(upTo) && plan.sequence() == Integer.parseInt(upTo)) {
                return plans.first(i + 1);
            }
        }
        throw new IllegalArgumentException("@StrataDatabase(upTo = \"" + upTo + "\"): no such plan; the project has "
                + String.join(", ", all.stream().map(Plan::id).toList()));
    }

    private static boolean isNumber(String text) {
        return text.chars().allMatch(Character::isDigit);
    }
}
