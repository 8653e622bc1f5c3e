package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Small builders for the schemas written by hand (as OpenAPI 3.1 reads them), and a walk over every schema. */
public final class Schemas {

    private Schemas() {
    }

    public static Schema<Object> ofType(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }

    public static Schema<Object> text(int maxLength) {
        return ofType("string").maxLength(maxLength);
    }

    public static Schema<Object> oneOf(Collection<String> values) {
        Schema<Object> schema = ofType("string");
        values.forEach(value -> schema.addEnumItemObject(value));
        return schema;
    }

    public static Schema<Object> integer(long minimum, long maximum) {
        Schema<Object> schema = ofType("integer");
        schema.setFormat(minimum >= Integer.MIN_VALUE && maximum <= Integer.MAX_VALUE ? "int32" : "int64");
        schema.setMinimum(BigDecimal.valueOf(minimum));
        schema.setMaximum(BigDecimal.valueOf(maximum));
        return schema;
    }

    public static Schema<Object> ref(String componentSchema) {
        return new Schema<>().$ref("#/components/schemas/" + componentSchema);
    }

    /** Every schema of the document, nested ones included: components, parameters, headers, bodies. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void forEach(OpenAPI api, Consumer<Schema<?>> action) {
        List<Schema<?>> roots = new ArrayList<>();
        if (api.getComponents() != null) {
            if (api.getComponents().getSchemas() != null) {
                roots.addAll((java.util.Collection) api.getComponents().getSchemas().values());
            }
            if (api.getComponents().getResponses() != null) {
                api.getComponents().getResponses().values().forEach(response -> addAll(roots, response));
            }
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().map(Parameter::getSchema).forEach(roots::add);
                }
                if (operation.getRequestBody() != null) {
                    addAll(roots, operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> addAll(roots, response));
                }
            }));
        }
        roots.forEach(root -> walk(root, action));
    }

    private static void addAll(List<Schema<?>> roots, ApiResponse response) {
        addAll(roots, response.getContent());
        if (response.getHeaders() != null) {
            response.getHeaders().values().stream().map(Header::getSchema).forEach(roots::add);
        }
    }

    private static void addAll(List<Schema<?>> roots, Content content) {
        if (content != null) {
            content.values().stream().map(MediaType::getSchema).forEach(roots::add);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(Schema<?> schema, Consumer<Schema<?>> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            ((java.util.Map<String, Schema>) (java.util.Map) schema.getProperties()).values()
                    .forEach(property -> walk(property, action));
        }
        walk(schema.getItems(), action);
        for (List<Schema> parts : new List[]{schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (parts != null) {
                parts.forEach(part -> walk(part, action));
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            walk(values, action);
        }
    }

    static boolean isOfType(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }
}
