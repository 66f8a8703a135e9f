package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Block;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints a schema in the canonical layout of a {@code .strata} file: two-space indentation, lower-case key words,
 * one declaration per line, table columns aligned, names quoted only when needed, verbatim SQL as stored, and
 * every comment of the source next to the node it was written at.
 *
 * <p>Parsing the printed text gives back the same blocks (spans aside), and printing is idempotent.
 */
public final class SchemaPrinter {

    private final Output out;
    private final DeclarationPrinter declarations;
    private final TablePrinter tables;
    private final ViewPrinter views;
    private final RoutinePrinter routines;

    private SchemaPrinter(CommentPlacement comments, int expectedSize) {
        out = new Output(comments, expectedSize);
        declarations = new DeclarationPrinter(out);
        tables = new TablePrinter(out);
        views = new ViewPrinter(out);
        routines = new RoutinePrinter(out);
    }

    /** The canonical text of one source file, its comments included. */
    public static String print(SourceUnit unit) {
        var comments = CommentPlacement.of(unit);
        var printer = new SchemaPrinter(comments, 256 * (unit.blocks().size() + 1));
        for (var block : unit.blocks()) {
            printer.out.blankLine();
            printer.block(block);
        }
        if (printer.out.hasEndComments(unit)) {
            printer.out.blankLine();
            printer.out.endComments(0, unit);
        }
        if (printer.out.commentsWritten() + comments.embeddedCount() != unit.comments().size()) {
            throw new IllegalStateException("the formatter placed " + printer.out.commentsWritten() + " of the "
                    + unit.comments().size() + " comments of " + unit.file());
        }
        return printer.out.text();
    }

    /**
     * A whole model as one file: one core block (extensions, collations, enums, domains, sequences, tables, views,
     * routines), then the facades sorted by name and version.
     */
    public static String print(Model model) {
        return print(new SourceUnit("<model>", blocksOf(model), List.of()));
    }

    private static List<Block> blocksOf(Model model) {
        var blocks = new ArrayList<Block>();
        var core = model.core();
        var declarations = new ArrayList<Declaration>();
        declarations.addAll(core.extensions());
        declarations.addAll(core.collations());
        declarations.addAll(core.enums());
        declarations.addAll(core.domains());
        declarations.addAll(core.sequences());
        declarations.addAll(core.tables());
        declarations.addAll(core.views());
        declarations.addAll(core.routines());
        if (!declarations.isEmpty()) {
            blocks.add(new CoreBlock(declarations, Span.NONE));
        }
        model.facades().stream()
                .sorted(Comparator.comparing(Facade::name).thenComparingInt(Facade::version))
                .forEach(blocks::add);
        return blocks;
    }

    private void block(Block block) {
        if (block instanceof CoreBlock core) {
            coreBlock(core);
        } else {
            facade((Facade) block);
        }
    }

    private void coreBlock(CoreBlock core) {
        out.leadingComments(0, core);
        out.line(0, "core {");
        Declaration previous = null;
        for (var declaration : core.declarations()) {
            if (previous != null && !(isOneLiner(previous) && isOneLiner(declaration))) {
                out.blankLine();
            }
            declaration(declaration, 1);
            previous = declaration;
        }
        out.endComments(1, core);
        out.line(0, "}", core);
    }

    /**
     * Extensions, collations, enums, domains, sequences and partitions sit on consecutive lines; anything bigger gets
     * space around it.
     */
    private static boolean isOneLiner(Declaration declaration) {
        return declaration instanceof Extension || declaration instanceof Collation || declaration instanceof EnumType
                || declaration instanceof Domain || declaration instanceof Sequence
                || declaration instanceof Table table && table.partition();
    }

    private void declaration(Declaration declaration, int depth) {
        if (declaration instanceof Extension extension) {
            declarations.print(extension, depth);
        } else if (declaration instanceof Collation collation) {
            declarations.print(collation, depth);
        } else if (declaration instanceof EnumType enumType) {
            declarations.print(enumType, depth);
        } else if (declaration instanceof Domain domain) {
            declarations.print(domain, depth);
        } else if (declaration instanceof Sequence sequence) {
            declarations.print(sequence, depth);
        } else if (declaration instanceof Table table) {
            tables.print(table, depth);
        } else if (declaration instanceof View view) {
            views.print(view, depth);
        } else if (declaration instanceof Routine routine) {
            routines.print(routine, depth);
        } else {
            throw new IllegalArgumentException("unknown declaration kind: " + declaration.kind());
        }
    }

    private void facade(Facade facade) {
        out.leadingComments(0, facade);
        out.line(0, "facade " + StrataNames.name(facade.name()) + " version " + facade.version() + " {");
        boolean first = true;
        for (var view : facade.views()) {
            if (!first) {
                out.blankLine();
            }
            views.print(view, 1);
            first = false;
        }
        for (var routine : facade.routines()) {
            if (!first) {
                out.blankLine();
            }
            routines.print(routine, 1);
            first = false;
        }
        if (!first && !facade.grants().isEmpty()) {
            out.blankLine();
        }
        facade.grants().forEach(grant -> out.node(1, grant(grant), grant));
        out.endComments(1, facade);
        out.line(0, "}", facade);
    }

    private static String grant(Grant grant) {
        var privileges = new ArrayList<String>();
        grant.privileges().forEach(p -> privileges.add(p.name().toLowerCase(Locale.ROOT)));
        return "grant " + String.join(", ", privileges) + " on " + StrataNames.name(grant.object())
                + " to " + ConstraintText.names(grant.roles());
    }
}
