package dev.strata.compiler.codegen;

import java.util.EnumSet;
import java.util.Set;

/** Which of the optional JDBC conversions a facade's types need, so that only those are generated. */
final class ConversionsUsed {

    private final Set<JdbcSupportGenerator.Conversion> used = EnumSet.noneOf(JdbcSupportGenerator.Conversion.class);

    private ConversionsUsed() {
    }

    static Set<JdbcSupportGenerator.Conversion> of(FacadeApi api) {
        var conversions = new ConversionsUsed();
        for (ViewBinding view : api.views()) {
            view.row().fields().forEach(f -> conversions.read(f.type()));
            view.lookups().forEach(l -> l.fields().forEach(f -> conversions.bind(f.type())));
        }
        for (RowType row : api.resultRows()) {
            row.fields().forEach(f -> conversions.read(f.type()));
        }
        for (RoutineBinding routine : api.routines()) {
            routine.arguments().forEach(a -> conversions.bind(a.type()));
            if (routine.result() instanceof RoutineBinding.Value value) {
                conversions.read(value.type());
            }
        }
        return conversions.used;
    }

    private void read(MappedType type) {
        if (type instanceof MappedType.Enum) {
            used.add(JdbcSupportGenerator.Conversion.PARSE);
        }
        if (type instanceof MappedType.Scalar scalar && scalar.kind().read() == ScalarKind.Read.INTERVAL) {
            used.add(JdbcSupportGenerator.Conversion.INTERVAL);
        }
        if (type instanceof MappedType.ListOf list) {
            used.add(JdbcSupportGenerator.Conversion.READ_LIST);
            read(list.element());
        }
    }

    private void bind(MappedType type) {
        if (type instanceof MappedType.Enum) {
            used.add(JdbcSupportGenerator.Conversion.TEXT);
        }
        if (type instanceof MappedType.Scalar scalar && scalar.kind().bindsAsText()) {
            used.add(JdbcSupportGenerator.Conversion.TEXT);
        }
        if (type instanceof MappedType.ListOf list) {
            used.add(JdbcSupportGenerator.Conversion.ARRAY_LITERAL);
            var element = list.element();
            if (element instanceof MappedType.Scalar scalar && scalar.kind().text() == ScalarKind.Text.HEX) {
                used.add(JdbcSupportGenerator.Conversion.HEX);
            }
        }
    }
}
