package org.marketplace.complaints.command.web;

import org.marketplace.complaints.platform.web.TextLength;
import org.marketplace.complaints.api.command.ComplaintCommand;

/** The optional body {note?} of steps that need nothing else; a missing body is the same as no note. */
public record NoteRequest(@TextLength(max = ComplaintCommand.MAX_TEXT) String note) {

    public static String noteOf(NoteRequest body) {
        return body == null ? null : body.note();
    }
}
