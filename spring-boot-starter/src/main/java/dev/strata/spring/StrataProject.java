package dev.strata.spring;

import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.compiler.project.ProjectFile;
import dev.strata.compiler.project.ProjectFileReader;
import dev.strata.engine.facade.PublicPrivileges;
import dev.strata.engine.session.Reporter;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * The Strata project the application applies: its {@code strata.toml} read by the one reader the command line uses
 * (name, migrations directory, {@code [database]} privileges of PUBLIC), and its plans loaded from the migrations
 * directory.
 */
record StrataProject(ProjectConfig config, PlanChain plans) {

    static StrataProject read(Path dir, String location, Reporter reporter) {
        ProjectFile file = ProjectFileReader.read(dir);
        if (file.hasErrors() || file.config() == null) {
            throw new StrataStartupException("The Strata project at spring.strata.project=" + location + " has"
                    + " errors in strata.toml:\n" + DiagnosticRenderer.render(file.diagnostics(),
                    file.sourcesByFile(), false).strip(), "Fix strata.toml (strata check runs the same reader).");
        }
        if (!file.diagnostics().isEmpty()) {
            reporter.warn(DiagnosticRenderer.render(file.diagnostics(),
                    file.sourcesByFile(), false).strip());
        }
        return new StrataProject(file.config(), file.config().plans());
    }

    /**
     * The longest estimated lock an apply accepts: {@code spring.strata.max-lock}, else strata.toml's
     * {@code [database] max_lock} (as the command line spells durations: 5s, 500ms, 2m), else 5 s.
     */
    Duration maxLock(Duration property) {
        if (property != null) {
            return property;
        }
        if (config.maxLock() == null) {
            return ApplyOptions.DEFAULT_MAX_LOCK;
        }
        try {
            return DurationStyle.SIMPLE.parse(config.maxLock());
        } catch (IllegalArgumentException e) {
            throw new StrataStartupException("strata.toml's [database] max_lock is not a duration: '"
                    + config.maxLock() + "'.", "Write it as 5s, 500ms or 2m (0 for no limit), or set"
                    + " spring.strata.max-lock.");
        }
    }

    PublicPrivileges publicPrivileges() {
        return new PublicPrivileges(config.revokeTemporary(), config.revokeLargeObjects());
    }
}
