package org.marketplace.complaints.query.ops.processors;

/** Whether an event processor is handling events here. */
public enum ProcessorState {
    RUNNING,
    /** It, or one of its segments, failed and is retrying with back-off. */
    ERROR,
    SHUT_DOWN
}
