package org.marketplace.complaints.platform.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two mappers on purpose: the stored form of events must not change when someone tunes the HTTP JSON
 * (spring.jackson.*), and events written today must still read after a field is added. Events whose payload changed
 * meaning are upcast to their current revision on the way out of the store.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfig {

    /** The HTTP mapper, built exactly as Boot would; declaring any ObjectMapper switches Boot's own off. */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.createXmlMapper(false).build();
    }

    /**
     * Axon looks this bean up by name for its JacksonSerializer (events, commands, tokens, deadlines).
     * Instants and Durations are stored as ISO-8601 strings ("PT48H"), readable by an auditor and by upcasters.
     */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // a tolerant reader: a later revision may add fields that older code does not know
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Every Axon JacksonSerializer reads metadata with MetaDataReader. Static: a post-processor is built early. */
    @Bean
    static BeanPostProcessor metaDataReader() {
        return MetaDataReader.registrar();
    }

    /** Axon puts every upcaster bean into the chain that both services read the event store through. */
    @Bean
    ComplaintRuledUpcaster complaintRuledUpcaster() {
        return new ComplaintRuledUpcaster();
    }
}
