package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.marketplace.complaints.api.AmountFen;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.Text;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The bounds of properties whose Java type says too little (a String note, a long position), named by
 * {@code Schema.property} or, for a name that means the same in every schema, {@code *.property};
 * {@code Schema.property[]} is the items of a list. Each bound is one the code keeps: a record's check, a column's
 * size, a count that cannot be negative. A property named here that already has its bound keeps it.
 */
public final class SchemaBounds implements OpenApiCustomizer {

    private final Map<String, Consumer<Schema<?>>> properties = new LinkedHashMap<>();
    private final Map<String, Consumer<Schema<?>>> parameters = new LinkedHashMap<>();

    /** The names that mean the same in both services: the parties' and the platform's texts, money, the caller. */
    public static SchemaBounds shared() {
        SchemaBounds bounds = new SchemaBounds();
        for (String text : new String[]{"note", "declineNote", "decisionNote", "rationale", "statement"}) {
            bounds.text("*." + text, ComplaintCommand.MAX_TEXT);
        }
        return bounds.integer("*.amountFen", 1, AmountFen.MAX)
                .text("Caller.id", Text.MAX_ID_LENGTH)
                .items("Caller.roles", Role.values().length)
                .property("Caller.roles[]", Role.class);
    }

    public SchemaBounds text(String property, int maxLength) {
        return property(property, schema -> {
            if (schema.getMaxLength() == null) {
                schema.setMaxLength(maxLength);
            }
        });
    }

    public SchemaBounds integer(String property, long minimum, long maximum) {
        return property(property, schema -> bounded(schema, minimum, maximum));
    }

    public SchemaBounds items(String property, int maxItems) {
        return property(property, schema -> {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(maxItems);
            }
        });
    }

    /** A String property that only ever holds one of an enum's names. */
    public SchemaBounds property(String property, Class<? extends Enum<?>> names) {
        return property(property, schema -> {
            if (schema.getEnum() == null) {
                for (Enum<?> name : names.getEnumConstants()) {
                    ((Schema<Object>) schema).addEnumItemObject(name.name());
                }
            }
        });
    }

    public SchemaBounds property(String property, Consumer<Schema<?>> bound) {
        properties.merge(property, bound, Consumer::andThen);
        return this;
    }

    public SchemaBounds integerParameter(String name, long minimum, long maximum) {
        parameters.merge(name, schema -> bounded(schema, minimum, maximum), Consumer::andThen);
        return this;
    }

    public SchemaBounds parameter(String name, Consumer<Schema<?>> bound) {
        parameters.merge(name, bound, Consumer::andThen);
        return this;
    }

    public SchemaBounds textParameter(String name, int maxLength) {
        parameters.merge(name, schema -> {
            if (schema.getMaxLength() == null) {
                schema.setMaxLength(maxLength);
            }
        }, Consumer::andThen);
        return this;
    }

    private static void bounded(Schema<?> schema, long minimum, long maximum) {
        if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
            schema.setMinimum(java.math.BigDecimal.valueOf(minimum));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
            schema.setMaximum(java.math.BigDecimal.valueOf(maximum));
        }
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach(this::bound);
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        Consumer<Schema<?>> bound = parameters.get(parameter.getName());
                        if (bound != null && parameter.getSchema() != null) {
                            bound.accept(parameter.getSchema());
                        }
                    }
                }
            }));
        }
    }

    @SuppressWarnings("rawtypes")
    private void bound(String name, Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> byName = (Map) schema.getProperties();
        byName.forEach((property, propertySchema) -> {
            apply(name + "." + property, "*." + property, propertySchema);
            if (propertySchema.getItems() != null) {
                apply(name + "." + property + "[]", "*." + property + "[]", propertySchema.getItems());
            }
        });
    }

    private void apply(String exact, String anywhere, Schema<?> schema) {
        Consumer<Schema<?>> bound = properties.getOrDefault(exact, properties.get(anywhere));
        if (bound != null) {
            bound.accept(schema);
        }
    }
}
