package dev.strata.compiler.check;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import java.util.List;

/**
 * Runs every semantic check over a model and returns all findings (S1xxx codes, documented in
 * docs/diagnostics.md), sorted by position. Checks never stop at the first problem.
 */
public final class SemanticChecker {

    private static final List<SchemaRule> RULES = List.of(
            new DuplicateRelationNames(),
            new DuplicateTypeNames(),
            new DuplicateColumns(),
            new DuplicateConstraintNames(),
            new DuplicateFacadeObjects(),
            new DuplicateParameters(),
            new DuplicateEnumLabels(),
            new DuplicateViewColumns(),
            new DuplicateRoutines(),
            new DuplicateExtensions(),
            new DuplicateTriggers(),
            new DuplicatePolicies(),
            new DuplicateCollations(),
            new RepeatedKeyColumns(),
            new UnknownColumnReferences(),
            new ForeignKeyTargets(),
            new SequenceOwners(),
            new ViewKeys(),
            new TriggerFunctions(),
            new ForeignKeyTypes(),
            new ForeignKeyUniqueness(),
            new ForeignKeyActions(),
            new UnknownTypes(),
            new UnknownCollations(),
            new CollationOptions(),
            new TypeModifierWords(),
            new SequenceTypes(),
            new IdentityColumns(),
            new ColumnValueSources(),
            new PseudoTypes(),
            new SerialTypes(),
            new DomainCycles(),
            new IdentifierLength(),
            new DuplicateFacadeVersions(),
            new FacadeVersionNumbers(),
            new GrantTargets(),
            new MaterializedViewDefaults(),
            new StaleRenameHints(),
            new RepeatedRenameSources(),
            new MissingPrimaryKey(),
            new IndexMethods(),
            new StorageParameterNames(),
            new TriggerShapes(),
            new ViewParts(),
            new PolicyClauses(),
            new RoutineOptionsApplicable(),
            new UnnamedFacadeParameters(),
            new PartitionParents(),
            new PartitionBounds(),
            new PartitionKeys(),
            new PartitionedExclusions(),
            new InheritanceParents(),
            new InheritedColumns(),
            new SequenceRanges(),
            new ColumnExpansions());

    private SemanticChecker() {
    }

    public static List<Diagnostic> check(Model model) {
        var diagnostics = new Diagnostics();
        for (var rule : RULES) {
            rule.inspect(model, diagnostics);
        }
        // an inheritance child's inherited columns are its parent's: a rule that reports one reports it once
        return diagnostics.sorted().stream().distinct().toList();
    }

    /** The rules in the order they run. */
    public static List<SchemaRule> rules() {
        return RULES;
    }
}
