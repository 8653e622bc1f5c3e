package org.marketplace.complaints.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** An order id has one spelling: NFKC, trimmed, lower case; letters, digits and -_.:/# only, 1–64 characters. */
class OrderIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"order-1", "ORDER-1", " order-1 ", "Order-1\t", "ＯＲＤＥＲ－１", "\u00A0order-1\u3000"})
    void everySpellingOfTheSameOrder_isOneCanonicalOrderId(String spelling) {
        assertThat(OrderId.canonical(spelling)).isEqualTo(new OrderId("order-1"));
    }

    @Test
    void theAllowedPunctuation_isKept() {
        assertThat(OrderId.canonical("TB:2025/03#01_a.b-c").value()).isEqualTo("tb:2025/03#01_a.b-c");
    }

    @Test
    void lowerCasing_doesNotDependOnTheDefaultLocale() {
        assertThat(OrderId.canonical("ITEM-I").value()).isEqualTo("item-i");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "order 1", "订单-1", "order-1;drop", "order\u0000", "<script>"})
    void whatIsStillNotAnOrderIdAfterCanonicalisation_isRejected_namingTheField(String spelling) {
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.canonical(spelling))
                .withMessageStartingWith("orderId must");
    }

    @Test
    void theLimitIs64Characters_countedAfterCanonicalisation() {
        assertThat(OrderId.canonical("  " + "a".repeat(64) + "  ").value()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.canonical("a".repeat(65)));
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.canonical(null));
    }

    @Test
    void anOrderIdStoredBeforeTheCanonicalForm_stillReadsBack_andSaysItIsNotCanonical() {
        OrderId legacy = new OrderId("ORDER-1 ");

        assertThat(legacy.value()).isEqualTo("ORDER-1 ");
        assertThat(legacy.isCanonical()).isFalse();
        assertThat(new OrderId("order-1").isCanonical()).isTrue();
    }
}
