package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Block;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.SourceUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an imported model is split into files: one per kind of core declaration ({@code types.strata} for
 * extensions, enums, domains and sequences; {@code tables.strata}; {@code views.strata}; {@code routines.strata})
 * and one per facade version ({@code shop_api_v2.strata}). Kinds with nothing to declare get no file. Each kind
 * lives in one file only, so the model read back from the files lists every declaration in the same order. An empty
 * schema still gets {@code tables.strata}, with an empty core block: a project needs a source file.
 */
final class ImportLayout {

    private ImportLayout() {
    }

    /** File name (relative to the source directory) to its content, in file name order. */
    static Map<String, SourceUnit> files(Model model) {
        var files = new LinkedHashMap<String, SourceUnit>();
        var core = model.core();
        var types = new ArrayList<Declaration>();
        types.addAll(core.extensions());
        types.addAll(core.collations());
        types.addAll(core.enums());
        types.addAll(core.domains());
        types.addAll(core.sequences());
        var units = new ArrayList<SourceUnit>();
        add(units, "routines.strata", core.routines());
        add(units, "tables.strata", core.tables());
        add(units, "types.strata", types);
        add(units, "views.strata", core.views());
        for (Facade facade : sortedFacades(model)) {
            units.add(new SourceUnit(facade.schemaName() + ".strata", List.of(facade), List.of()));
        }
        if (units.isEmpty()) {
            units.add(new SourceUnit("tables.strata", List.of(new CoreBlock(List.of(), Span.NONE)), List.of()));
        }
        units.sort(Comparator.comparing(SourceUnit::file));
        units.forEach(unit -> files.put(unit.file(), unit));
        return files;
    }

    private static void add(List<SourceUnit> units, String file, List<? extends Declaration> declarations) {
        if (declarations.isEmpty()) {
            return;
        }
        List<Block> blocks = List.of(new CoreBlock(List.copyOf(declarations), Span.NONE));
        units.add(new SourceUnit(file, blocks, List.of()));
    }

    /** Facades in the order their files sort in, which is the order a project's loader reads them back. */
    static List<Facade> sortedFacades(Model model) {
        return model.facades().stream().sorted(Comparator.comparing(f -> f.schemaName() + ".strata")).toList();
    }

    /** The model with its facades in file order: what loading the written files gives back. */
    static Model inFileOrder(Model model) {
        return new Model(model.core(), sortedFacades(model));
    }
}
