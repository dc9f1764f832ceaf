package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who counts as 在職 on a day (the home screen's staff count, the manager choices). */
class StaffTest {

    private static Staff staff(LocalDate hired, LocalDate left) {
        return new Staff(1L, "S01001", "試験 太郎", "しけん たろう", 1L, EmploymentType.REGULAR, hired, left, false, false);
    }

    @Test
    void activeFromTheHireDateToTheLeaveDateInclusive() {
        Staff s = staff(LocalDate.of(2020, 4, 1), LocalDate.of(2026, 3, 31));
        assertThat(s.isActiveOn(LocalDate.of(2020, 3, 31))).isFalse();
        assertThat(s.isActiveOn(LocalDate.of(2020, 4, 1))).isTrue();
        assertThat(s.isActiveOn(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(s.isActiveOn(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void withoutALeaveDateStillActive() {
        assertThat(staff(LocalDate.of(2020, 4, 1), null).isActiveOn(LocalDate.of(2099, 1, 1))).isTrue();
    }
}
