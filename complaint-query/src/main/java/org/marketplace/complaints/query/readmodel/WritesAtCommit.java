package org.marketplace.complaints.query.readmodel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a projection whose event handlers write nothing to the database themselves: they fold into the batch
 * (FoldedFacts), which writes when the batch commits. Their handling needs no savepoint, only the undo of its
 * fold when it fails (SavepointPerEvent): two round trips to the database fewer per event.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WritesAtCommit {
}
