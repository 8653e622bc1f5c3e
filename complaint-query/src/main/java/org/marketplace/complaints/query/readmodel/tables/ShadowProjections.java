package org.marketplace.complaints.query.readmodel.tables;

import java.util.Arrays;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Gives every read model a second processor: the twin of its projection writing the shadow tables, in the
 * processing group TableSet.SHADOW names (configured beside the primary one in application.properties). Each
 * processor feeds one set for good; which one queries read, and which one a rebuild replays, is the registry's
 * (read_model_tables), so a rebuild never stops, resets or freezes the processor that serves the queries.
 * <p>
 * The projections are found by type and their read model by their @ProcessingGroup, without creating them: they
 * need the event storage, which needs Axon's configuration, which this module is part of.
 */
@Configuration(proxyBeanMethods = false)
class ShadowProjections {

    /** Assigned before any @ProcessingGroup: the twin's class is the primary's, whose annotation names the primary. */
    private static final int BEFORE_ANNOTATIONS = 1;

    @Bean
    ConfigurerModule shadowProcessors(ListableBeanFactory beans) {
        return configurer -> Arrays.stream(beans.getBeanNamesForType(SetBoundProjection.class, false, false))
                .forEach(bean -> {
                    String readModel = AnnotationUtils.findAnnotation(beans.getType(bean), ProcessingGroup.class).value();
                    configurer.eventProcessing()
                            .registerEventHandler(configuration -> beans.getBean(bean, SetBoundProjection.class)
                                    .into(TableSet.SHADOW))
                            .assignHandlerInstancesMatching(TableSet.SHADOW.processor(readModel), BEFORE_ANNOTATIONS,
                                    handler -> handler instanceof SetBoundProjection<?> twin
                                            && twin.writes() == TableSet.SHADOW && twin.readModel().equals(readModel));
                });
    }
}
