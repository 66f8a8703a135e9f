package dev.strata.compiler.planner;

import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import java.util.List;
import java.util.Set;

/**
 * What PostgreSQL does when a column changes type, as far as the planner needs to know without a database:
 * whether an assignment cast exists (ALTER … TYPE works without USING), whether an explicit cast exists (a
 * reverse {@code ::old_type} works), whether the change keeps every value (no backup needed) and whether it is
 * binary coercible (no table rewrite). Unknown pairs answer "no", which asks the author for a conversion rather
 * than guessing.
 */
final class Casts {

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "name");
    private static final Set<String> TEMPORAL = Set.of("date", "timestamp without time zone",
            "timestamp with time zone");

    private Casts() {
    }

    private static String name(TypeRef t) {
        return TypeNames.canonicalName(t.name());
    }

    private static boolean user(TypeRef t) {
        return !TypeNames.isBuiltIn(t.name());
    }

    /** From a wider integer type to a narrower one ({@code bigint} to {@code integer}), not arrays. */
    static boolean integerNarrowing(TypeRef from, TypeRef to) {
        return from.arrayDimensions() == 0 && to.arrayDimensions() == 0 && INTEGERS.contains(name(from))
                && INTEGERS.contains(name(to)) && INTEGERS.indexOf(name(to)) < INTEGERS.indexOf(name(from));
    }

    /** A built-in string type: text, varchar, char, name. */
    static boolean isString(TypeRef t) {
        return STRINGS.contains(name(t));
    }

    /** ALTER COLUMN … TYPE works without USING. */
    static boolean assignment(TypeRef from, TypeRef to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        String a = name(from);
        String b = name(to);
        if (a.equals(b)) {
            return true;
        }
        if (NUMBERS.contains(a) && NUMBERS.contains(b)) {
            return true;
        }
        if (STRINGS.contains(b)) {
            return true;
        }
        if (TEMPORAL.contains(a) && TEMPORAL.contains(b)) {
            return true;
        }
        return a.equals("cidr") && b.equals("inet");
    }

    /** {@code value::to} works. */
    static boolean explicit(TypeRef from, TypeRef to) {
        if (assignment(from, to)) {
            return true;
        }
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        String a = name(from);
        String b = name(to);
        if (STRINGS.contains(a)) {
            return true;
        }
        if (a.equals("json") && b.equals("jsonb") || a.equals("jsonb") && b.equals("json")) {
            return true;
        }
        if (a.equals("integer") && b.equals("boolean") || a.equals("boolean") && b.equals("integer")) {
            return true;
        }
        return a.equals("inet") && b.equals("cidr") || user(from) && user(to);
    }

    /** Every value of {@code from} survives the change and comes back unchanged with a cast. */
    static boolean lossless(TypeRef from, TypeRef to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        String a = name(from);
        String b = name(to);
        if (a.equals(b)) {
            return widerModifiers(a, from.modifiers(), to.modifiers());
        }
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) > INTEGERS.indexOf(a);
        }
        if (INTEGERS.contains(a) && b.equals("numeric")) {
            return to.modifiers().isEmpty();
        }
        if (a.equals("real") && b.equals("double precision")) {
            return true;
        }
        if (b.equals("text") && !a.equals("character") && !user(from)) {
            return true;
        }
        if (a.equals("character varying") && b.equals("text")) {
            return true;
        }
        return a.equals("date") && b.startsWith("timestamp")
                || a.equals("timestamp without time zone") && b.equals("timestamp with time zone");
    }

    /** Same type, and the target modifiers hold every value of the old ones (or there are none). */
    private static boolean widerModifiers(String type, List<String> from, List<String> to) {
        if (to.isEmpty()) {
            return true;
        }
        if (from.isEmpty()) {
            return false;
        }
        if (type.equals("numeric")) {
            int p1 = Integer.parseInt(from.get(0));
            int s1 = from.size() > 1 ? Integer.parseInt(from.get(1)) : 0;
            int p2 = Integer.parseInt(to.get(0));
            int s2 = to.size() > 1 ? Integer.parseInt(to.get(1)) : 0;
            return s2 >= s1 && p2 - s2 >= p1 - s1;
        }
        if (type.equals("character varying") || type.equals("bit varying") || type.startsWith("time")) {
            return Integer.parseInt(to.get(0)) >= Integer.parseInt(from.get(0));
        }
        return from.equals(to);
    }

    /** PostgreSQL changes the type without rewriting the table (the stored bytes stay valid). */
    static boolean binaryCoercible(TypeRef from, TypeRef to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        String a = name(from);
        String b = name(to);
        if (a.equals(b)) {
            if (to.modifiers().isEmpty()) {
                return true;
            }
            if (a.equals("numeric") && !from.modifiers().isEmpty()) {
                int s1 = from.modifiers().size() > 1 ? Integer.parseInt(from.modifiers().get(1)) : 0;
                int s2 = to.modifiers().size() > 1 ? Integer.parseInt(to.modifiers().get(1)) : 0;
                return s1 == s2 && Integer.parseInt(to.modifiers().get(0)) >= Integer.parseInt(from.modifiers().get(0));
            }
            return (a.equals("character varying") || a.equals("bit varying")) && widerModifiers(a, from.modifiers(),
                    to.modifiers());
        }
        if (a.equals("character varying") && b.equals("text")) {
            return true;
        }
        if (a.equals("text") && b.equals("character varying")) {
            return to.modifiers().isEmpty();
        }
        return a.equals("cidr") && b.equals("inet");
    }
}
