package org.marketplace.complaints.query.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.springframework.stereotype.Component;

/**
 * ComplaintFacts as the summary rows store it. A mapper of its own: the stored form must not change when
 * someone tunes the HTTP JSON, and it must not need Spring, so that projection tests build it with new.
 */
@Component
public class FactsJson {

    /**
     * The version of the fold the rows store: of ComplaintFacts' fields (the JSON's keys and what they hold) and of
     * how its apply folds the events. Bump it whenever either changes: a row stored under another version is not read
     * but rebuilt from the complaint's events (FoldedFacts), since its JSON reads a new field as null (unknown
     * and missing keys are both tolerated) and the rules would answer from it wrongly. FoldVersionTest pins it to a
     * fingerprint of ComplaintFacts' shape and fails when the shape changes under the same number; a change of the
     * folding alone it cannot see. 0 is no version: the rows written before versions were stored (V20). A bump that
     * also changes how a complaint's state is derived needs a rebuild of the lists and the queue after deploying
     * (say so in the release notes): their kept totals (StripedCounts) count each complaint under the state it was
     * counted in, and refolding a row does not move it (docs/operations.md, "Rebuilds").
     */
    public static final int VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // ISO-8601 instants and durations: a row reads like the event it came from
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            // rows written before a fact was removed from the fold must still read
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(ComplaintFacts facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("complaint facts could not be written as JSON", e);
        }
    }

    public ComplaintFacts read(String json) {
        try {
            return mapper.readValue(json, ComplaintFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored summary row is not readable complaint facts", e);
        }
    }
}
