package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every key word of the grammar, used as a name in every place a name can be written, round-trips. */
class KeywordNamesTest {

    private static final Span NONE = Span.NONE;

    @TestFactory
    Stream<DynamicTest> everyKeyWordWorksAsEveryKindOfName() {
        return GrammarKeywords.all().stream()
                .map(word -> DynamicTest.dynamicTest(word, () -> RoundTrip.assertRoundTrip(schemaNaming(word))));
    }

    /** A schema where every name is {@code word}, or {@code word} next to another column of that name. */
    static SourceUnit schemaNaming(String word) {
        var type = new TypeRef(word, List.of(), 0, NONE);
        var columns = List.of(
                new Column(word, type, true, null, null, null, word, null, word, null, NONE),
                new Column("other", TypeRef.of("text"), false, null, null, null, null, null, null, null, NONE),
                new Column(word + "_2", type, false, null, null, null, null, null, null, null, NONE));
        var table = new Table(word, columns,
                new PrimaryKey(word, List.of(word), NONE),
                List.of(new UniqueConstraint(word, List.of(word, "other"), false, NONE)),
                List.of(new Check(word, word, "true", NONE)),
                List.of(new ForeignKey(word, List.of(word), word, List.of(word), null, null, false, false, NONE)),
                List.of(new Index(word, false, word, List.of(new Index.IndexElement(word, null, word, word, null,
                        null, NONE)), List.of(word), false, List.of(new StorageParameter(word, word, NONE)), null,
                        NONE)),
                List.of(new Trigger(word, Trigger.Timing.BEFORE, List.of(Trigger.Event.UPDATE), List.of(word),
                        false, null, word, List.of(), NONE)),
                List.of(new RowSecurity(RowSecurity.Setting.ENABLE, NONE)),
                List.of(new Policy(word, true, Policy.Command.ALL, List.of(word), null, null, NONE)),
                null, word, NONE).withStorage(List.of(new StorageParameter(word + "." + word, word, NONE)));
        var core = new CoreBlock(List.of(
                new Extension(word, NONE),
                new Collation(word, word, null, null, null, null, true, NONE),
                new Collation(word + "_2", null, Collation.ICU, word, null, null, false, NONE),
                new EnumType(word, List.of(new EnumType.EnumValue(word, NONE)), null, NONE),
                new Domain(word, type, false, null, List.of(new Check(word, null, "true", NONE)), null, NONE),
                new Sequence(word, null, null, null, null, null, null, false, word + "." + word, NONE),
                table), NONE);
        var parameter = new Parameter(word, null, type, null, NONE);
        var routine = new Routine(Routine.RoutineKind.FUNCTION, word, List.of(parameter, new Parameter("x",
                Parameter.Mode.OUT, type, null, NONE)), new Routine.Returns(type, true, List.of(), NONE), word,
                null, null, false, " select 1 ", null, NONE);
        var tableFunction = new Routine(Routine.RoutineKind.FUNCTION, word + "_rows", List.of(),
                new Routine.Returns(null, false, List.of(parameter), NONE), "sql", null, null, false, "select 1",
                null, NONE);
        var view = new View(word, false, List.of(new ViewColumn(word, type, false, null, NONE)),
                List.of(List.of(word)), "select 1", null, NONE);
        var facade = new Facade(word, 1, List.of(view), List.of(routine, tableFunction),
                List.of(new Grant(List.of(Grant.Privilege.SELECT), word, List.of(word), NONE)), NONE);
        return new SourceUnit("keywords.strata", List.of(core, facade), List.of());
    }
}
