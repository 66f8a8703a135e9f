package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/** {@code grant select, insert on customers to shop_app, reporting}: privileges on one facade object. */
public record Grant(List<Privilege> privileges, String object, List<String> roles, Span span) {

    public Grant {
        privileges = List.copyOf(privileges);
        roles = List.copyOf(roles);
    }

    public enum Privilege { SELECT, INSERT, UPDATE, DELETE, EXECUTE, ALL }
}
