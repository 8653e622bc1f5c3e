package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import org.marketplace.complaints.platform.web.TextLength;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * Bean Validation's own constraints reach the document through springdoc; {@link TextLength} is ours, so its
 * limit is put in here (JSON Schema's maxLength counts code points, as TextLength does). A blank text is refused,
 * so a {@link NotBlank} one has at least one character.
 */
class TextLengths implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (property == null || annotations == null) {
            return property;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof TextLength length) {
                property.setMaxLength(length.max());
            }
            if (annotation instanceof NotBlank && (property.getMinLength() == null || property.getMinLength() < 1)) {
                property.setMinLength(1);
            }
        }
        return property;
    }
}
