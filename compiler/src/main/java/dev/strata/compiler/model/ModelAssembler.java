package dev.strata.compiler.model;

import java.util.ArrayList;
import java.util.List;

/** Merges the blocks of all source files (in the order given) into one {@link Model}. */
public final class ModelAssembler {

    private ModelAssembler() {
    }

    public static Model assemble(List<SourceUnit> units) {
        var extensions = new ArrayList<Extension>();
        var enums = new ArrayList<EnumType>();
        var domains = new ArrayList<Domain>();
        var sequences = new ArrayList<Sequence>();
        var tables = new ArrayList<Table>();
        var views = new ArrayList<View>();
        var routines = new ArrayList<Routine>();
        var collations = new ArrayList<Collation>();
        var facades = new ArrayList<Facade>();
        for (var unit : units) {
            for (var block : unit.blocks()) {
                if (block instanceof Facade facade) {
                    facades.add(facade);
                    continue;
                }
                for (var declaration : ((CoreBlock) block).declarations()) {
                    if (declaration instanceof Extension e) {
                        extensions.add(e);
                    } else if (declaration instanceof Collation c) {
                        collations.add(c);
                    } else if (declaration instanceof EnumType e) {
                        enums.add(e);
                    } else if (declaration instanceof Domain d) {
                        domains.add(d);
                    } else if (declaration instanceof Sequence s) {
                        sequences.add(s);
                    } else if (declaration instanceof Table t) {
                        tables.add(t);
                    } else if (declaration instanceof View v) {
                        views.add(v);
                    } else if (declaration instanceof Routine r) {
                        routines.add(r);
                    }
                }
            }
        }
        var core = new Core(extensions, enums, domains, sequences, tables, views, routines, collations);
        return new Model(core, facades);
    }
}
