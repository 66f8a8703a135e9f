package com.example.odd.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.odd.api.DeliveryState;
import com.example.odd.api.OddApiV1;
import com.example.odd.api.OrderLinesRow;
import com.example.odd.api.Rows;
import com.example.odd.api.SelectRow;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** Bindings of a facade whose every name needs quoting, and whose enums are named like generated classes. */
public final class OddScenario {

    private OddScenario() {
    }

    public static void run(DataSource dataSource) throws Exception {
        var api = new OddApiV1(dataSource);
        api.check();
        assertThat(OddApiV1.SCHEMA).isEqualTo("Odd Api_v1");

        long id = api.putLine(7L, "ça va", "to string", 42, List.of(DeliveryState.IT_S_DONE));
        assertThat(id).isEqualTo(7L);
        OrderLinesRow line = api.orderLinesByLineID(7L).orElseThrow();
        assertThat(line).isEqualTo(new OrderLinesRow(7L, "ça va", 42, "to string", DeliveryState.IT_S_DONE,
                com.example.odd.api.Jdbc.B, Rows.Y));
        assertThat(line.class_()).isEqualTo(42);
        assertThat(line.toString_()).isEqualTo("to string");
        assertThat(api.orderLinesByNaïve("ça va")).contains(line);
        assertThat(api.orderLinesByNaïve("'; drop table core.\"Order Lines\"; --")).isEmpty();

        assertThat(api.select()).containsExactly(new SelectRow("where"));
        assertThat(api.states()).containsExactly(DeliveryState.IN_TRANSIT, DeliveryState.IT_S_DONE,
                DeliveryState.BACK_SLASH, DeliveryState.ÜNÏCÖDÉ);
        assertThat(Arrays.stream(DeliveryState.values()).map(DeliveryState::databaseLabel))
                .containsExactly("in transit", "it's \"done\"", "back\\slash", "Ünïcödé");
        assertThat(api.orderLines()).containsExactly(line);
    }
}
