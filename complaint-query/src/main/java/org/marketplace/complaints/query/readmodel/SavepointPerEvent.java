package org.marketplace.complaints.query.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every projection's handling of one event is all or nothing, inside the batch's transaction: a savepoint before
 * the handler, rolled back to if it throws. A batch commits up to 1,000 events at once, and a failing event is
 * parked in the dead-letter queue while the batch goes on, so without it the failed event's first writes (say,
 * the detail's facts) would commit without its last ones (its timeline row): a read model ahead of itself, which
 * the retry would then skip as already folded. On PostgreSQL it matters twice: an SQL error aborts the whole
 * transaction, and neither the dead letter nor the rest of the batch could be written after it.
 * <p>
 * Facts folded in memory for the batch (FoldedFacts) are undone with the savepoint (HandlerUndo). A projection
 * that writes only at the batch's commit ({@link WritesAtCommit}, or {@link DefersWrites} while it says so) gets the
 * undo without the savepoint.
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    SavepointPerEvent(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        // joins the batch's transaction with a savepoint; on its own (no batch around it) a transaction of its own
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        boolean foldsOnly = AnnotationUtils.findAnnotation(original.declaringClass(), WritesAtCommit.class) != null;
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                HandlerUndo.begin();
                try {
                    boolean writesNothingYet = foldsOnly || target instanceof DefersWrites deferring
                            && deferring.defersWrites();
                    return writesNothingYet ? super.handle(message, target)
                            : inSavepoint(() -> super.handle(message, target));
                } catch (Exception | Error failure) {
                    HandlerUndo.undo();
                    throw failure;
                }
            }
        };
    }

    private Object inSavepoint(Handling handling) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return handling.handle();
                } catch (Exception failure) {
                    throw new HandlerFailure(failure);
                }
            });
        } catch (HandlerFailure failure) {
            throw failure.cause;
        }
    }

    @FunctionalInterface
    private interface Handling {
        Object handle() throws Exception;
    }

    /** Carries a checked exception through the template's callback, which rolls back on runtime exceptions. */
    private static final class HandlerFailure extends RuntimeException {

        private final Exception cause;

        HandlerFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
