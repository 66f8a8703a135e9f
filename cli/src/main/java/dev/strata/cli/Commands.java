package dev.strata.cli;

import java.util.List;
import java.util.Optional;

/** Every sub-command, in the order {@code strata --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new CheckCommand(),
                new FmtCommand(),
                new PlanCommand(),
                new ReviewCommand(),
                new DiffCommand(),
                new ImportCommand(),
                new BaselineCommand(),
                new ApplyCommand(),
                new RollbackCommand(),
                new PromoteCommand(),
                new FleetCommand(),
                new FacadesCommand(),
                new StatusCommand(),
                new HistoryCommand(),
                new BackupsCommand(),
                new SqlCommand(),
                new EmbeddedCommand(),
                new TestCommand(),
                new CodegenCommand(),
                new VersionCommand());
    }

    static Optional<Command> find(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
