package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.LedgerSummary;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home screen's ledger figures are counted by the store (issue 7); they must be the figures the domain's
 * rules give when every asset is read.
 */
class LedgerSummaryTest {

    @TempDir
    Path dir;

    @Test
    void theStoreCountsWhatTheDomainRulesCountOverEveryAsset() {
        try (DaichoServices services = TestStores.createDemo(dir.resolve("demo"), ServiceFixtures.CLOCK)) {
            List<LedgerEntry> entries = services.ledger().entries();

            LedgerSummary summary = services.attention().ledgerSummary();

            assertThat(summary.assets()).isEqualTo(entries.size());
            assertThat(summary.activeAssets()).isEqualTo(entries.stream().filter(e -> !e.asset().isReadOnly()).count());
            assertThat(summary.attention()).isEqualTo(services.attention().assetAttention(entries));
            // the demo has some of every item, so that each rule is compared on real rows
            assertThat(summary.attention().values()).allMatch(count -> count > 0);
        }
    }
}
