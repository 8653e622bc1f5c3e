package org.marketplace.complaints.command.integrity;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Hands the global position of a command's last stored event to whoever sent it, from the append itself, so the
 * answer's X-Event-Position costs no query of its own after the commit. The sender watches its command message's
 * identifier; the append records under the identifier of the message its unit of work handles (the command, the
 * same on each retry). It is recorded once the unit of work has committed, and before the sender's wait ends:
 * an attempt that rolled back would name a position that never becomes visible. Appends nobody watches (deadlines)
 * are not kept.
 */
@Component
public class AppendedPositions {

    private static final long NONE = -1;

    private final Map<String, AtomicLong> watched = new ConcurrentHashMap<>();

    /** Before sending the command; close the watch once the answer is in. */
    public Watch watch(String commandIdentifier) {
        AtomicLong slot = new AtomicLong(NONE);
        watched.put(commandIdentifier, slot);
        return new Watch(commandIdentifier, slot);
    }

    /** Called by the append, inside the unit of work that stores the events. */
    void appended(long position) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> {
            AtomicLong slot = watched.get(unitOfWork.root().getMessage().getIdentifier());
            if (slot != null) {
                unitOfWork.root().afterCommit(committed -> slot.accumulateAndGet(position, Math::max));
            }
        });
    }

    public final class Watch implements AutoCloseable {

        private final String commandIdentifier;
        private final AtomicLong slot;

        private Watch(String commandIdentifier, AtomicLong slot) {
            this.commandIdentifier = commandIdentifier;
            this.slot = slot;
        }

        /** Empty if the command stored nothing. Read it only after the command's commit (sendAndWait returned). */
        public OptionalLong position() {
            long position = slot.get();
            return position == NONE ? OptionalLong.empty() : OptionalLong.of(position);
        }

        @Override
        public void close() {
            watched.remove(commandIdentifier, slot);
        }
    }
}
