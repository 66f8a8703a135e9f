package dev.strata.compiler.parse;

import dev.strata.compiler.model.StorageParameter;
import dev.strata.grammar.StrataParser.StorageParameterContext;
import dev.strata.grammar.StrataParser.StorageParametersContext;
import java.util.ArrayList;
import java.util.List;

/** {@code with (NAME = VALUE, …)} of a table or an index; a name given twice is reported (PostgreSQL refuses it). */
final class StorageTranslator {

    private StorageTranslator() {
    }

    /** The parameters, none when {@code ctx} is null; {@code owner} names the table or index in messages. */
    static List<StorageParameter> parameters(StorageParametersContext ctx, Translation in, String owner) {
        if (ctx == null) {
            return List.of();
        }
        var options = new Options(in.issues(), owner);
        var parameters = new ArrayList<StorageParameter>();
        for (StorageParameterContext p : ctx.storageParameter()) {
            String name = RoutineTranslator.settingName(p.settingName());
            var span = in.source().span(p);
            if (options.accept("with " + name, name, span)) {
                parameters.add(new StorageParameter(name, RoutineTranslator.settingValue(p.settingValue()), span));
            }
        }
        return parameters;
    }
}
