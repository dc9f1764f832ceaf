package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whom a session is for: its roster and its 出席数／対象 follow from the target group. */
class TrainingSessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    private static TrainingSession session(TrainingTarget target) {
        return new TrainingSession(1L, "試験研修", TrainingKind.ANNUAL, DAY, TrainingFormat.CLASSROOM, "", target, "",
                null);
    }

    private static Staff person(String hired, String left, boolean securityManager, boolean systemManager) {
        return new Staff(1L, "S0001", "試験 太郎", "しけん たろう", 1L, EmploymentType.REGULAR, LocalDate.parse(hired),
                left == null ? null : LocalDate.parse(left), securityManager, systemManager);
    }

    @Test
    void everyoneEmployedOnTheDayForAllStaffExecutivesAndDrills() {
        Staff veteran = person("2010-04-01", null, false, false);
        for (TrainingTarget target : new TrainingTarget[] {TrainingTarget.ALL_STAFF, TrainingTarget.EXECUTIVES,
            TrainingTarget.EMERGENCY}) {
            assertThat(session(target).isFor(veteran)).as(target.name()).isTrue();
            assertThat(session(target).isFor(person("2010-04-01", "2026-06-09", false, false))).as("left before")
                    .isFalse();
            assertThat(session(target).isFor(person("2026-06-11", null, false, false))).as("hired after").isFalse();
        }
    }

    @Test
    void newHiresAreThoseHiredWithinTheSessionsFiscalYear() {
        assertThat(session(TrainingTarget.NEW_HIRES).isFor(person("2026-04-01", null, false, false))).isTrue();
        assertThat(session(TrainingTarget.NEW_HIRES).isFor(person("2026-03-31", null, false, false))).isFalse();
    }

    @Test
    void roleHoldersAreTheSecurityAndSystemManagers() {
        assertThat(session(TrainingTarget.ROLE_HOLDERS).isFor(person("2010-04-01", null, true, false))).isTrue();
        assertThat(session(TrainingTarget.ROLE_HOLDERS).isFor(person("2010-04-01", null, false, true))).isTrue();
        assertThat(session(TrainingTarget.ROLE_HOLDERS).isFor(person("2010-04-01", null, false, false))).isFalse();
    }
}
