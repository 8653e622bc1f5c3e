package org.marketplace.complaints.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.rules.ComplaintFacts;

/**
 * Pins FactsJson.VERSION to the shape of what the rows store: ComplaintFacts' fields (names and types) and, through
 * them, every record's components and every enum's constants the fold stores. A change of that shape under the same
 * version would let rows written before it be read with the new fields null; this test fails instead, asking for
 * the bump. A change of how the events are folded, with the same shape, needs a bump too, which no fingerprint sees.
 */
class FoldVersionTest {

    /**
     * Each fold version and the shape it stores. Bumping FactsJson.VERSION: add the new version with the fingerprint
     * the failure names; keep the earlier lines, which record what each version meant.
     */
    private static final Map<Integer, String> SHAPES = Map.of(
            1, "c727425236517335");

    @Test
    void changingTheShapeOfComplaintFacts_withoutBumpingTheFoldVersion_fails() {
        String shape = shapeOf(ComplaintFacts.class);
        String fingerprint = fingerprint(shape);

        assertThat(fingerprint)
                .as("ComplaintFacts' stored shape is not the one pinned for FactsJson.VERSION %d: if ComplaintFacts "
                                + "(or a record or enum it stores) changed, bump FactsJson.VERSION so that rows stored "
                                + "under the old shape are folded again from the events rather than read, and pin "
                                + "the new version here with fingerprint %s. The shape now:%n%s",
                        FactsJson.VERSION, fingerprint, shape)
                .isEqualTo(SHAPES.get(FactsJson.VERSION));
    }

    @Test
    void theShape_coversTheFieldsAndWhatTheyHold_downToNestedRecordsAndEnums() {
        String shape = shapeOf(ComplaintFacts.class);

        assertThat(shape).contains("reconsiderationDueBy:java.time.Instant")
                .contains("rejectedWithdrawalReasons:java.util.Set<org.marketplace.complaints.api.WithdrawalReason>")
                .contains("rules.PendingReconsideration record requestedBy:org.marketplace.complaints.api.Role,")
                .contains("api.WithdrawalReason enum SETTLED,")
                .contains("api.DeadlinePolicy record sellerResponse:java.time.Duration,");
    }

    @Test
    void theFoldVersion_isNeverTheVersionOfRowsStoredBeforeVersions() {
        // V20 gives the rows it finds 0: they must never pass for rows of the current fold
        assertThat(FactsJson.VERSION).isPositive();
    }

    /** One line a type, sorted: a class's (or record's) fields, an enum's constants; the JDK's types by name. */
    static String shapeOf(Class<?> root) {
        Map<String, String> lines = new TreeMap<>();
        describe(root, lines);
        return lines.entrySet().stream().map(line -> line.getKey() + " " + line.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static void describe(Type type, Map<String, String> lines) {
        if (type instanceof ParameterizedType parameterized) {
            describe(parameterized.getRawType(), lines);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> describe(argument, lines));
        } else if (type instanceof GenericArrayType array) {
            describe(array.getGenericComponentType(), lines);
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> describe(bound, lines));
            Arrays.stream(wildcard.getLowerBounds()).forEach(bound -> describe(bound, lines));
        } else if (type instanceof TypeVariable<?> variable) {
            Arrays.stream(variable.getBounds()).forEach(bound -> describe(bound, lines));
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                describe(c.getComponentType(), lines);
                return;
            }
            if (c.isPrimitive() || !c.getName().startsWith("org.marketplace.") || lines.containsKey(c.getName())) {
                return;
            }
            if (c.isEnum()) {
                lines.put(c.getName(), "enum " + Arrays.stream(c.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(",")));
            } else if (c.isRecord()) {
                RecordComponent[] components = c.getRecordComponents();
                lines.put(c.getName(), "record " + Arrays.stream(components)
                        .map(component -> component.getName() + ":" + component.getGenericType().getTypeName())
                        .collect(Collectors.joining(",")));
                Arrays.stream(components).forEach(component -> describe(component.getGenericType(), lines));
            } else {
                Field[] fields = Arrays.stream(c.getDeclaredFields())
                        .filter(field -> !Modifier.isStatic(field.getModifiers()))
                        .filter(field -> !Modifier.isTransient(field.getModifiers()))
                        .sorted(Comparator.comparing(Field::getName)).toArray(Field[]::new);
                lines.put(c.getName(), "class " + Arrays.stream(fields)
                        .map(field -> field.getName() + ":" + field.getGenericType().getTypeName())
                        .collect(Collectors.joining(",")));
                Arrays.stream(fields).forEach(field -> describe(field.getGenericType(), lines));
            }
        }
    }

    static String fingerprint(String shape) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
