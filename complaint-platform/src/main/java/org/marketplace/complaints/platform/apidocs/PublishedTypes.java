package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.EvidenceRequestId;
import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.Text;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.springdoc.core.utils.SpringDocUtils;

/** The typed ids and times of the published language as their JSON strings, bounded as their records bound them. */
public final class PublishedTypes {

    /** Every complaint id is the name-based UUID of its key (ComplaintId.forKey). */
    public static final int UUID_LENGTH = new UUID(0, 0).toString().length();
    /** The longest instant Jackson writes (ISO-8601, as DateTimeFormatter.ISO_INSTANT). */
    public static final int INSTANT_LENGTH = DateTimeFormatter.ISO_INSTANT.format(Instant.MAX).length();
    /** The longest positive ISO-8601 duration (the deadline windows are positive). */
    public static final int DURATION_LENGTH = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999).toString().length();

    private PublishedTypes() {
    }

    static void register() {
        SpringDocUtils config = SpringDocUtils.getConfig();
        config.replaceWithSchema(ComplaintId.class, new StringSchema().format("uuid").maxLength(UUID_LENGTH)
                .description("the complaint's id: the name-based UUID of (buyer, order, category)"));
        // ids before the canonical order-id form are kept as they were filed (docs/order-ids.md): no pattern
        config.replaceWithSchema(OrderId.class, id("the marketplace order"));
        config.replaceWithSchema(SellerId.class, id("the shop"));
        config.replaceWithSchema(BuyerId.class, id("the buyer's account"));
        config.replaceWithSchema(ArbitratorId.class, id("a platform arbitrator (staff)"));
        config.replaceWithSchema(OfferId.class, id("a settlement offer"));
        config.replaceWithSchema(WithdrawalRequestId.class, id("a withdrawal request"));
        config.replaceWithSchema(EvidenceRequestId.class, id("an evidence request"));
        config.replaceWithSchema(Duration.class, new StringSchema().format("duration").maxLength(DURATION_LENGTH)
                .description("ISO-8601 duration, e.g. PT48H"));
    }

    private static Schema<String> id(String of) {
        return new StringSchema().minLength(1).maxLength(Text.MAX_ID_LENGTH).description("id of " + of);
    }
}
