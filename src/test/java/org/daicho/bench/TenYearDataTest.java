package org.daicho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.FiscalYear;
import org.daicho.service.DaichoServices;
import org.daicho.service.VerifyResult;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ten-year generator at a thousandth of its size: it keeps making a store the app opens and verifies. */
class TenYearDataTest {

    private static final double SCALE = 0.001;

    @TempDir
    Path dir;

    @Test
    void aSmallStoreHasTheScaledCountsAndItsHistoryVerifies() {
        TenYearData.Summary made = TenYearData.generate(dir.resolve("store"), SCALE);

        try (DaichoServices services = TestStores.open(dir.resolve("store"), TenYearData.clock())) {
            assertThat(services.ledger().entries()).hasSize(100);
            assertThat(services.carry().list(org.daicho.domain.CarryFilter.ALL)).hasSize(500);
            assertThat(services.disposal().list(org.daicho.domain.DisposalFilter.ALL)).hasSize(50);
            // 20 synthetic staff and the administrator the store was made with
            assertThat(services.staff().all()).hasSize(21);
            // the newest records are still out, some of them past their return day
            assertThat(services.carry().overdue()).isNotEmpty()
                    .allMatch(e -> e.record().status() == CarryStatus.OUT);
            assertThat(services.training().compliance(FiscalYear.of(TenYearData.NOW.toLocalDate())).untrained())
                    .isNotNull();

            VerifyResult verify = services.history().verify();
            assertThat(verify.firstBreak()).isEmpty();
            assertThat(verify.intact()).isTrue();
            assertThat(verify.entriesChecked()).isEqualTo(made.history());
            // a thousandth of a million entries, or the records' CREATE entries when they alone are more
            assertThat(made.history()).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aSecondCallReusesTheStoreItsMarkerNames() {
        TenYearData.Summary first = TenYearData.ensure(dir.resolve("cached"), SCALE);
        TenYearData.Summary second = TenYearData.ensure(dir.resolve("cached"), SCALE);

        assertThat(second.took().toMillis()).isEqualTo(first.took().toMillis());
        assertThat(second.history()).isEqualTo(first.history());
    }
}
