package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/** {@code enum order_status ('placed', 'paid', 'shipped')}: the labels in their declared order. */
public record EnumType(String name, List<EnumValue> values, String comment, Span span) implements Declaration {

    public EnumType {
        values = List.copyOf(values);
    }

    public List<String> labels() {
        return values.stream().map(EnumValue::label).toList();
    }

    @Override
    public String kind() {
        return "enum";
    }

    public record EnumValue(String label, Span span) {
    }
}
