package org.marketplace.complaints.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Money in fen: refunds and compensation carry an amount (1 fen up to AmountFen.MAX), the other kinds none. */
class AmountRulesTest {

    @ParameterizedTest
    @EnumSource(value = OfferType.class, names = {"FULL_REFUND", "PARTIAL_REFUND", "COMPENSATION"})
    void settlementTerms_ofARefundOrCompensation_needAnAmount(OfferType type) {
        assertThat(new SettlementTerms(type, 1L).amountFen()).isEqualTo(1L);
        assertThat(new SettlementTerms(type, AmountFen.MAX).amountFen()).isEqualTo(AmountFen.MAX);
        assertThatIllegalArgumentException().isThrownBy(() -> new SettlementTerms(type, null));
    }

    @ParameterizedTest
    @EnumSource(value = OfferType.class, names = {"EXCHANGE", "REPAIR"})
    void settlementTerms_ofAnExchangeOrRepair_carryNoAmount(OfferType type) {
        assertThat(new SettlementTerms(type, null).amountFen()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new SettlementTerms(type, 100L));
    }

    @Test
    void settlementTerms_rejectZeroNegativeAndAbsurdAmounts_andAMissingType() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SettlementTerms(OfferType.FULL_REFUND, 0L));
        assertThatIllegalArgumentException().isThrownBy(() -> new SettlementTerms(OfferType.FULL_REFUND, -100L));
        assertThatIllegalArgumentException().isThrownBy(() -> new SettlementTerms(OfferType.FULL_REFUND, AmountFen.MAX + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new SettlementTerms(null, 100L));
    }

    @ParameterizedTest
    @EnumSource(value = RemedyType.class, names = {"FULL_REFUND", "PARTIAL_REFUND", "COMPENSATION"})
    void remedy_ofARefundOrCompensation_needsAnAmount(RemedyType type) {
        assertThat(new Remedy(type, 12_900L).amountFen()).isEqualTo(12_900L);
        assertThatIllegalArgumentException().isThrownBy(() -> new Remedy(type, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Remedy(type, 0L));
    }

    @ParameterizedTest
    @EnumSource(value = RemedyType.class, names = {"EXCHANGE", "REPAIR", "NONE"})
    void remedy_ofAnExchangeRepairOrNothing_carriesNoAmount(RemedyType type) {
        assertThat(new Remedy(type, null).amountFen()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new Remedy(type, 1L));
    }

    @Test
    void remedy_none_isTheRemedyOfNothing() {
        assertThat(Remedy.none()).isEqualTo(new Remedy(RemedyType.NONE, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Remedy(null, null));
    }
}
