package com.example.shop.app;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An order as the HTTP API shows it, whichever facade version read it; {@code servedThrough} names that version
 * ({@code shop_api v2}).
 */
public record Order(long id, long customerId, String status, BigDecimal total, OffsetDateTime placedAt,
                    String servedThrough) {
}
