package dev.strata.compiler.codegen;

import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import java.util.HashMap;
import java.util.Map;

/**
 * Java names already given out in one scope (the types of a package, the methods of the facade class, the
 * components of a record); a second claim on a name is reported, pointing at both declarations.
 */
final class JavaNameRegistry {

    private record Claim(String owner, Span span) {
    }

    private final Diagnostics diagnostics;
    private final Map<String, Claim> claims = new HashMap<>();

    JavaNameRegistry(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Claims {@code key} (a name, or a method signature) for {@code owner}; false, with a diagnostic, when
     * something else has it. {@code javaName} is what the message shows.
     */
    boolean claim(String key, String javaName, String owner, Span span) {
        Claim earlier = claims.putIfAbsent(key, new Claim(owner, span));
        if (earlier == null) {
            return true;
        }
        diagnostics.report(CodegenDiagnostics.javaNameClash(span, owner, javaName, earlier.span(), earlier.owner()));
        return false;
    }

    boolean claim(String javaName, String owner, Span span) {
        return claim(javaName, javaName, owner, span);
    }
}
