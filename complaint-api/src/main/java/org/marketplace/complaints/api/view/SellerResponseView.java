package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.SellerPosition;

import java.time.Instant;

/** The seller's answer to the complaint (卖家申诉): whether they acknowledge or dispute it, and why. */
public record SellerResponseView(SellerPosition position, String statement, Instant at) {
}
