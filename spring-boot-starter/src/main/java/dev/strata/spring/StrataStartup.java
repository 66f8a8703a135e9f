package dev.strata.spring;

import dev.strata.engine.ApplyResult;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.Target;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.facade.FacadeRelease;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the starter does on the target before the application gets its DataSource: apply the pending plans (the
 * runner's apply, as {@code strata apply}: the target's advisory lock, chain and drift checks, history), then make
 * sure the pinned facade version is deployed and not retired.
 */
final class StrataStartup {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final StrataProperties properties;
    private final Target target;
    private final Reporter reporter;

    StrataStartup(StrataProperties properties, Target target, Reporter reporter) {
        this.properties = properties;
        this.target = target;
        this.reporter = reporter;
    }

    /** {@code projectDir} is null unless apply-on-startup is on. */
    void run(Path projectDir) {
        FacadePin pin = properties.pin();
        try (Database database = Database.connect(target, RunnerIdentity.current(), CONNECT_TIMEOUT)) {
            Runner runner = new Runner(database, RunnerIdentity.current(), reporter);
            if (projectDir != null) {
                apply(runner, StrataProject.read(projectDir, properties.project(), reporter));
            }
            if (pin != null) {
                requireDeployed(pin, runner.facades());
            }
        } catch (StrataException e) {
            Problem problem = e.problem();
            String doing = projectDir != null ? "apply the pending plans of spring.strata.project="
                    + properties.project() : "check spring.strata.facade=" + pin;
            throw new StrataStartupException("Strata could not " + doing + " on " + target.display() + ": "
                    + problem.title(), problem.detail().isEmpty() ? "See strata status for the target's state."
                    : problem.detail(), e);
        }
    }

    private void apply(Runner runner, StrataProject project) {
        ApplyOptions options = ApplyOptions.defaults().withPublicPrivileges(project.publicPrivileges())
                .withMaxLock(project.maxLock(properties.maxLock()));
        ApplyResult result = runner.apply(project.plans(), options);
        if (result.resumed() != null) {
            reporter.info("finished plan " + result.resumed() + " on " + target.display());
        }
        if (!result.applied().isEmpty()) {
            reporter.info("applied " + result.applied().size() + " plan" + (result.applied().size() == 1 ? "" : "s")
                    + ": " + String.join(", ", result.applied()) + " to " + target.display());
        }
    }

    private void requireDeployed(FacadePin pin, List<FacadeRelease> releases) {
        List<FacadeRelease> ofFacade = releases.stream().filter(release -> release.facade().equals(pin.facade()))
                .toList();
        Optional<FacadeRelease> pinned = ofFacade.stream().filter(release -> release.version() == pin.version())
                .findFirst();
        String inService = ofFacade.stream().filter(release -> !release.retired())
                .map(release -> release.label() + " (" + (release.live() ? "live" : "in flight") + ")")
                .collect(Collectors.joining(", "));
        String pinnedAs = "The application is pinned to " + pin.label() + " (spring.strata.facade=" + pin + ")";
        String choose = inService.isEmpty() ? "; " + target.display() + " has no version of " + pin.facade()
                + " in service" : "; in service there: " + inService;
        if (pinned.isEmpty()) {
            throw new StrataStartupException(pinnedAs + ", but " + target.display() + " has no such version"
                    + " deployed" + choose + ".", "Apply the plan that deploys it (strata apply, or"
                    + " spring.strata.apply-on-startup=true with spring.strata.project), or pin the application to a"
                    + " version in service.");
        }
        if (pinned.get().retired()) {
            throw new StrataStartupException(pinnedAs + ", which was retired on " + target.display()
                    + (pinned.get().retiredAt() == null ? "" : " at " + pinned.get().retiredAt())
                    + ": its schema " + pin.schema() + " is gone" + choose + ".", "Pin the application to a"
                    + " version in service and build it against that version's bindings (strata codegen).");
        }
        reporter.info("pinned to " + pin.label() + " (" + (pinned.get().live() ? "live" : "in flight") + ") on "
                + target.display());
    }
}
