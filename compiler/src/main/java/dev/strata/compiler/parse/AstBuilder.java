package dev.strata.compiler.parse;

import dev.strata.compiler.model.Block;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.EnumType.EnumValue;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.SourceComment;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.CollationDeclContext;
import dev.strata.grammar.StrataParser.CoreBlockContext;
import dev.strata.grammar.StrataParser.CoreItemContext;
import dev.strata.grammar.StrataParser.DomainDeclContext;
import dev.strata.grammar.StrataParser.EnumDeclContext;
import dev.strata.grammar.StrataParser.ExtensionDeclContext;
import dev.strata.grammar.StrataParser.FacadeBlockContext;
import dev.strata.grammar.StrataParser.FileContext;
import dev.strata.grammar.StrataParser.FunctionDeclContext;
import dev.strata.grammar.StrataParser.PartitionDeclContext;
import dev.strata.grammar.StrataParser.ProcedureDeclContext;
import dev.strata.grammar.StrataParser.SequenceDeclContext;
import dev.strata.grammar.StrataParser.TableDeclContext;
import dev.strata.grammar.StrataParser.ViewDeclContext;
import java.util.List;

/** Turns the parse tree of one file into its {@link SourceUnit}; each construct has its own translator. */
final class AstBuilder extends StrataBaseVisitor<Object> {

    private final Translation in;

    AstBuilder(Translation in) {
        this.in = in;
    }

    SourceUnit build(FileContext file, List<SourceComment> comments) {
        var blocks = file.block().stream().map(b -> (Block) visit(b.getChild(0))).toList();
        return new SourceUnit(in.source().file(), blocks, comments);
    }

    @Override
    public CoreBlock visitCoreBlock(CoreBlockContext ctx) {
        var declarations = ctx.coreItem().stream().map(this::declaration).toList();
        return new CoreBlock(declarations, in.source().span(ctx));
    }

    @Override
    public Object visitFacadeBlock(FacadeBlockContext ctx) {
        return FacadeTranslator.facade(ctx, in);
    }

    private Declaration declaration(CoreItemContext ctx) {
        return (Declaration) visit(ctx.getChild(0));
    }

    @Override
    public Declaration visitExtensionDecl(ExtensionDeclContext ctx) {
        return new Extension(Names.name(ctx.identifier()), in.source().span(ctx));
    }

    @Override
    public Declaration visitCollationDecl(CollationDeclContext ctx) {
        return CollationTranslator.collation(ctx, in);
    }

    @Override
    public Declaration visitEnumDecl(EnumDeclContext ctx) {
        var values = ctx.STRING().stream()
                .map(s -> new EnumValue(Literals.string(s.getText()), in.source().span(s.getSymbol())))
                .toList();
        return new EnumType(Names.name(ctx.identifier()), values, in.comment(ctx.commentClause()),
                in.source().span(ctx));
    }

    @Override
    public Declaration visitDomainDecl(DomainDeclContext ctx) {
        return DomainTranslator.domain(ctx, in);
    }

    @Override
    public Declaration visitSequenceDecl(SequenceDeclContext ctx) {
        return SequenceTranslator.sequence(ctx, in);
    }

    @Override
    public Declaration visitTableDecl(TableDeclContext ctx) {
        return TableTranslator.table(ctx, in);
    }

    @Override
    public Declaration visitPartitionDecl(PartitionDeclContext ctx) {
        return PartitionTranslator.partition(ctx, in);
    }

    @Override
    public Declaration visitViewDecl(ViewDeclContext ctx) {
        return ViewTranslator.view(ctx, in);
    }

    @Override
    public Declaration visitFunctionDecl(FunctionDeclContext ctx) {
        return RoutineTranslator.function(ctx, in);
    }

    @Override
    public Declaration visitProcedureDecl(ProcedureDeclContext ctx) {
        return RoutineTranslator.procedure(ctx, in);
    }
}
