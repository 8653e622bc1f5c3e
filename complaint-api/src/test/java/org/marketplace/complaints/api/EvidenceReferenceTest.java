package org.marketplace.complaints.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An evidence reference is an https URL or a stored file's id; every other scheme is refused. */
class EvidenceReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://files.example/crack.jpg", "HTTPS://files.example/a?b=c#d",
            "https://files.example/%E7%A0%B4.jpg", "photo-1", "crack.jpg", "att:2025:0001", "F1_a.b-c"})
    void httpsUrlsAndStoredFileIds_areAccepted(String reference) {
        assertThat(EvidenceReference.isAccepted(reference)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "javascript:x", "JaVaScRiPt:x", "data:text/html;base64,PHNjcmlwdD4=",
            "data:x", "http://files.example/crack.jpg", "http:x", "file:photo-1", "vbscript:x", "ftp://files.example/a",
            "blob:x", "https:x", "https://", "https:// files.example/a", " photo-1", "photo 1", "-photo", "",
            "//files.example/a", "../etc/passwd"})
    void everyOtherReference_isRefused(String reference) {
        assertThat(EvidenceReference.isAccepted(reference)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {128})
    void aStoredFileIdHasAtMost128Characters(int limit) {
        assertThat(EvidenceReference.isAccepted("a".repeat(limit))).isTrue();
        assertThat(EvidenceReference.isAccepted("a".repeat(limit + 1))).isFalse();
        assertThat(EvidenceReference.isAccepted(null)).isFalse();
    }
}
