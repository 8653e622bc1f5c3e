package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Bounds that follow from a schema's type alone, wherever it appears: an instant's text is never longer than
 * Instant.MAX's, a UUID's never longer than 36 characters, and a set of distinct enum values holds at most all of them.
 */
class TypeBounds implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        Schemas.forEach(api, TypeBounds::bound);
    }

    private static void bound(Schema<?> schema) {
        if (Schemas.isOfType(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null) {
            if ("date-time".equals(schema.getFormat())) {
                schema.setMaxLength(PublishedTypes.INSTANT_LENGTH);
            } else if ("uuid".equals(schema.getFormat())) {
                schema.setMaxLength(PublishedTypes.UUID_LENGTH);
            }
        }
        if (Schemas.isOfType(schema, "array") && schema.getMaxItems() == null && Boolean.TRUE.equals(schema.getUniqueItems())
                && schema.getItems() != null && schema.getItems().getEnum() != null) {
            schema.setMaxItems(schema.getItems().getEnum().size());
        }
    }
}
