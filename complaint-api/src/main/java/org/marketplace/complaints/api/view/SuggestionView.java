package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.rules.OpenSuggestion;

/** The platform's open suggestion that the buyer withdraw. */
public record SuggestionView(String rationale) {

    static SuggestionView of(OpenSuggestion suggestion) {
        return suggestion == null ? null : new SuggestionView(suggestion.rationale());
    }
}
