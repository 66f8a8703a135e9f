package it.shop;

import it.ledger.api.v1.AccountsRow;
import it.ledger.api.v1.LedgerApiV1;
import java.math.BigDecimal;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Compiles only against the generated bindings of ledger_api version 1. */
public final class Balances {

    private final LedgerApiV1 api;

    public Balances(DataSource dataSource) {
        this.api = new LedgerApiV1(dataSource);
    }

    public BigDecimal total() throws SQLException {
        return api.accounts().stream().map(AccountsRow::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
