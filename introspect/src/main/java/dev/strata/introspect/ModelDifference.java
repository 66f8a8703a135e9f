package dev.strata.introspect;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import java.util.ArrayList;
import java.util.List;

/** Finds the first declaration two models disagree on, to name it in an error message. */
final class ModelDifference {

    private ModelDifference() {
    }

    static String first(Model expected, Model actual) {
        var left = declarations(expected);
        var right = declarations(actual);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Object a = i < left.size() ? left.get(i) : null;
            Object b = i < right.size() ? right.get(i) : null;
            if (a == null || !a.equals(b)) {
                return "expected " + a + " but read " + b;
            }
        }
        return "the models differ in their order";
    }

    private static List<Object> declarations(Model model) {
        var all = new ArrayList<Object>();
        var core = model.core();
        all.addAll(core.extensions());
        all.addAll(core.collations());
        all.addAll(core.enums());
        all.addAll(core.domains());
        all.addAll(core.sequences());
        all.addAll(core.tables());
        all.addAll(core.views());
        all.addAll(core.routines());
        for (Facade facade : model.facades()) {
            all.add(facade.label());
            all.addAll(facade.views());
            all.addAll(facade.routines());
            all.addAll(facade.grants());
        }
        return all;
    }
}
