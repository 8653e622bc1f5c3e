package org.marketplace.complaints.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.marketplace.complaints.api.fixtures.Parties.*;

/** The complaint id is the name-based UUID of (buyer, order, category): same key, same complaint. */
class ComplaintIdTest {

    @Test
    void forKey_isDeterministic() {
        assertThat(ComplaintId.forKey(new BuyerId("buyer-1"), new OrderId("order-20250301-0001"), ComplaintCategory.PRICE_FRAUD))
                .isEqualTo(ComplaintId.forKey(BUYER_ID, ORDER_ID, ComplaintCategory.PRICE_FRAUD));
    }

    @Test
    void forKey_isAVersion3Uuid() {
        UUID uuid = UUID.fromString(ComplaintId.forKey(BUYER_ID, ORDER_ID, ComplaintCategory.OTHER).value());

        assertThat(uuid.version()).isEqualTo(3);
    }

    @Test
    void forKey_differsPerCategory_onTheSameOrder() {
        long distinct = Arrays.stream(ComplaintCategory.values())
                .map(category -> ComplaintId.forKey(BUYER_ID, ORDER_ID, category))
                .distinct().count();

        assertThat(distinct).isEqualTo(ComplaintCategory.values().length);
    }

    @Test
    void forKey_differsPerBuyerAndPerOrder() {
        ComplaintId id = ComplaintId.forKey(BUYER_ID, ORDER_ID, ComplaintCategory.QUALITY_PROBLEM);

        assertThat(ComplaintId.forKey(OTHER_BUYER_ID, ORDER_ID, ComplaintCategory.QUALITY_PROBLEM)).isNotEqualTo(id);
        assertThat(ComplaintId.forKey(BUYER_ID, new OrderId("order-2"), ComplaintCategory.QUALITY_PROBLEM)).isNotEqualTo(id);
    }

    /**
     * Were the key joined with an unescaped '|', buyer "a" + order "b|c" and buyer "a|b" + order "c" would land on
     * one aggregate, and one buyer could block or probe another's complaint.
     */
    @Test
    void forKey_givesDistinctKeysDistinctIds_evenWhenIdsContainTheSeparator() {
        ComplaintId a = ComplaintId.forKey(new BuyerId("a"), new OrderId("b|c"), ComplaintCategory.OTHER);
        ComplaintId b = ComplaintId.forKey(new BuyerId("a|b"), new OrderId("c"), ComplaintCategory.OTHER);

        assertThat(a).as("ids containing the separator must not collide").isNotEqualTo(b);
    }

    @Test
    void toString_isTheRawValue() {
        assertThat(new ComplaintId("c-1")).hasToString("c-1");
        assertThat(BUYER_ID).hasToString("buyer-1");
    }

    @Test
    void ids_rejectBlankAndOverlongValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ComplaintId(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> new BuyerId(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderId("x".repeat(Text.MAX_ID_LENGTH + 1)));
    }
}
