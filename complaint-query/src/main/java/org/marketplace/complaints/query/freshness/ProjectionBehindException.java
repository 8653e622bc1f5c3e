package org.marketplace.complaints.query.freshness;

/** The read model did not reach the asked position within the bound: answered 503 PROJECTION_BEHIND. */
public class ProjectionBehindException extends RuntimeException {

    private final String processingGroup;
    private final long wanted;
    private final long reached;

    public ProjectionBehindException(String processingGroup, long wanted, long reached) {
        super("the " + processingGroup + " read model has processed position " + reached + ", not yet " + wanted);
        this.processingGroup = processingGroup;
        this.wanted = wanted;
        this.reached = reached;
    }

    public String processingGroup() {
        return processingGroup;
    }

    public long wanted() {
        return wanted;
    }

    public long reached() {
        return reached;
    }
}
