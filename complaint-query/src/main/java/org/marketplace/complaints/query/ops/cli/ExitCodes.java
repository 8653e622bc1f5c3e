package org.marketplace.complaints.query.ops.cli;

/** How an operator's command ends, for scripts: documented in docs/operations.md ("Command line"). */
final class ExitCodes {

    static final int OK = 0;
    /** The command failed (an unknown processor, the database not reachable, …): the reason is on stderr. */
    static final int FAILED = 1;
    /** The command line itself is wrong: the usage is on stderr. */
    static final int USAGE = 2;
    /** The reconciliation found complaints a read model has not applied. */
    static final int INCONSISTENT = 3;

    private ExitCodes() {
    }
}
