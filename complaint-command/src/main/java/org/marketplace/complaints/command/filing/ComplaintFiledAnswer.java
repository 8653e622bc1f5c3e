package org.marketplace.complaints.command.filing;

/** The id of the complaint just filed; read it from the query service. */
public record ComplaintFiledAnswer(String complaintId) {
}
