package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;

/** Each read model rebuilt from the first event over 3,000 complaints in every state: row for row the live one. */
class RebuiltReadModelsTest extends GeneratedHistoryTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"my-complaints", "shop-complaints", "arbitration-queue", "complaint-detail"})
    void aRebuiltReadModel_equalsTheModelBuiltLive_rowByRow(String readModel) {
        TableSetState before = tables.state(readModel);
        Map<String, List<String>> live = ReadModelSnapshot.of(jdbc, readModel, before.active());

        startRebuild(readModel);
        TableSetState after = awaitSwitched(readModel);

        assertThat(after.active()).isEqualTo(before.active().other());
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).hasSizeGreaterThan(COMPLAINTS / 10));
        Map<String, List<String>> rebuilt = ReadModelSnapshot.of(jdbc, readModel, after.active());
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).hasSameSizeAs(rows).isEqualTo(rows));
    }
}
