package org.marketplace.complaints.api.command;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.PHOTO;
import static org.marketplace.complaints.api.fixtures.Parties.*;

/** A filing names its key-derived complaint, a description of 1–2,000 characters in any language, and evidence. */
class FileComplaintTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");
    private static final ComplaintCategory CATEGORY = ComplaintCategory.QUALITY_PROBLEM;

    @Test
    void of_derivesTheComplaintIdFromTheKey_andTheBuyerIsTheActor() {
        FileComplaint filing = filing("质量问题", List.of(PHOTO));

        assertThat(filing.complaintId()).isEqualTo(ComplaintId.forKey(BUYER_ID, ORDER_ID, CATEGORY));
        assertThat(filing.actor()).isEqualTo(BUYER);
    }

    @Test
    void aFilingOntoAnotherId_saysItDoesNotTargetItsKey_andAMissingIdIsRejected() {
        ComplaintId otherCategory = ComplaintId.forKey(BUYER_ID, ORDER_ID, ComplaintCategory.OTHER);

        assertThat(filing("质量问题", List.of(PHOTO)).targetsItsKey()).isTrue();
        assertThat(filing("质量问题", List.of(PHOTO)).onto(otherCategory).targetsItsKey()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new FileComplaint(null, BUYER_ID, ORDER_ID,
                SELLER_ID, CATEGORY, "质量问题", List.of(PHOTO), DeadlinePolicy.DEFAULT, AT));
    }

    @Test
    void anOrderIdNotInItsCanonicalForm_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> FileComplaint.of(BUYER_ID, new OrderId("ORDER-1"),
                        SELLER_ID, CATEGORY, "质量问题", List.of(PHOTO), DeadlinePolicy.DEFAULT, AT))
                .withMessageStartingWith("orderId must");
    }

    @Test
    void anEvidenceReferenceWithAnotherScheme_isRejected_namingTheItem() {
        EvidenceItem script = new EvidenceItem(EvidenceKind.PHOTO, "javascript:alert(1)", null);

        assertThatIllegalArgumentException().isThrownBy(() -> filing("质量问题", List.of(PHOTO, script)))
                .withMessageStartingWith("evidence[1].reference must be an https URL or a stored file's id");
    }

    @Test
    void aBlankDescription_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> filing("   ", List.of(PHOTO)));
        assertThatIllegalArgumentException().isThrownBy(() -> filing(null, List.of(PHOTO)));
    }

    @Test
    void aDescriptionOf2000ChineseCharacters_isAccepted_unchanged() {
        String description = "商品质量有问题请处理".repeat(200);

        assertThat(description).hasSize(2000);
        assertThat(filing(description, List.of(PHOTO)).description()).isEqualTo(description);
    }

    @Test
    void theDescriptionLimit_countsCharactersNotUtf16Units() {
        String emoji2000 = "😡".repeat(2000);

        assertThat(filing(emoji2000, List.of(PHOTO)).description()).isEqualTo(emoji2000);
        assertThatIllegalArgumentException().isThrownBy(() -> filing(emoji2000 + "!", List.of(PHOTO)));
    }

    @Test
    void aDescriptionOver2000Characters_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> filing("差".repeat(2001), List.of(PHOTO)));
    }

    @Test
    void aFilingWithoutEvidence_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> filing("质量问题", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> filing("质量问题", null));
    }

    @Test
    void aFilingWithMoreThan20EvidenceItems_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> filing("质量问题", Collections.nCopies(21, PHOTO)));
        assertThat(filing("质量问题", Collections.nCopies(20, PHOTO)).evidence()).hasSize(20);
    }

    @Test
    void theEvidenceList_isCopied_soTheFilingCannotChangeAfterwards() {
        List<EvidenceItem> evidence = new java.util.ArrayList<>(List.of(PHOTO));
        FileComplaint filing = filing("质量问题", evidence);

        evidence.clear();

        assertThat(filing.evidence()).containsExactly(PHOTO);
    }

    private static FileComplaint filing(String description, List<EvidenceItem> evidence) {
        return FileComplaint.of(BUYER_ID, ORDER_ID, SELLER_ID, CATEGORY, description, evidence, DeadlinePolicy.DEFAULT, AT);
    }
}
