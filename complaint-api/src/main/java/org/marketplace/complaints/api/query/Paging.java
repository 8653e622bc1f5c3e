package org.marketplace.complaints.api.query;

/** The bounds of every paged list: pages count from 0 and hold 1 to 100 items, 20 unless asked. */
public final class Paging {

    public static final int FIRST_PAGE = 0;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** The HTTP layer answers 400 before this; it guards the query bus against other callers. */
    public static void check(int page, int size) {
        if (page < FIRST_PAGE) {
            throw new IllegalArgumentException("page must be at least " + FIRST_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
