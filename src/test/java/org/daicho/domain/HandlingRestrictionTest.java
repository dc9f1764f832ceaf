package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daicho.domain.HandlingRestriction.BACKUP_AND_SIGNATURE;
import static org.daicho.domain.HandlingRestriction.BACKUP_AND_TIMELY_RECOVERY;
import static org.daicho.domain.HandlingRestriction.ENCRYPT_WHEN_SENDING_OR_CARRYING;
import static org.daicho.domain.HandlingRestriction.LIMITED_STORAGE_PLACE;
import static org.daicho.domain.HandlingRestriction.LOCKED_STORAGE_OF_MEDIA;
import static org.daicho.domain.HandlingRestriction.NO_EXCESS_COPIES;
import static org.daicho.domain.HandlingRestriction.NO_WORK_ON_NON_ISSUED_TERMINALS;
import static org.daicho.domain.HandlingRestriction.OUTSIDE_PROCESSING_MEASURES;
import static org.daicho.domain.HandlingRestriction.PERMISSION_TO_CARRY_OR_PROVIDE;
import static org.daicho.domain.HandlingRestriction.TRUSTED_NETWORK_ONLY;
import static org.daicho.domain.HandlingRestriction.UNRECOVERABLE_DISPOSAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 取扱制限 from the classification tables of policy 2.3(1). */
class HandlingRestrictionTest {

    /** 機密性3 row of the policy's table (in addition to 機密性2's, see {@link #C2}). */
    private static final Set<HandlingRestriction> C3_ONLY = EnumSet.of(NO_WORK_ON_NON_ISSUED_TERMINALS, NO_EXCESS_COPIES);
    /** 機密性2 row (plus 2.3(2)⑧⑨: carrying or providing needs permission). */
    private static final Set<HandlingRestriction> C2 = EnumSet.of(LIMITED_STORAGE_PLACE, ENCRYPT_WHEN_SENDING_OR_CARRYING,
            PERMISSION_TO_CARRY_OR_PROVIDE, UNRECOVERABLE_DISPOSAL, TRUSTED_NETWORK_ONLY, OUTSIDE_PROCESSING_MEASURES,
            LOCKED_STORAGE_OF_MEDIA);
    /** 完全性2 row. */
    private static final Set<HandlingRestriction> I2 = EnumSet.of(BACKUP_AND_SIGNATURE, OUTSIDE_PROCESSING_MEASURES,
            LOCKED_STORAGE_OF_MEDIA);
    /** 可用性2 row. */
    private static final Set<HandlingRestriction> A2 = EnumSet.of(BACKUP_AND_TIMELY_RECOVERY, LOCKED_STORAGE_OF_MEDIA);

    @Test
    void lowestClassesHaveNoRestriction() {
        assertThat(HandlingRestriction.forClasses(Classification.LOWEST)).isEmpty();
        assertThat(Classification.LOWEST.needsLockedStorage()).isFalse();
        assertThat(Classification.LOWEST.isConfidential()).isFalse();
    }

    @Test
    void confidentiality2GivesTheC2RowOfThePolicy() {
        assertThat(HandlingRestriction.forClasses(new Classification(2, 1, 1))).containsExactlyInAnyOrderElementsOf(C2);
    }

    @Test
    void confidentiality3IncludesEveryRuleOfConfidentiality2AndItsOwn() {
        List<HandlingRestriction> c3 = HandlingRestriction.forClasses(new Classification(3, 1, 1));
        assertThat(c3).containsAll(HandlingRestriction.forClasses(new Classification(2, 1, 1)));
        assertThat(c3).containsAll(C3_ONLY);
        assertThat(c3).hasSize(C2.size() + C3_ONLY.size());
        // the policy lists 機密性3's own rules first
        assertThat(c3.subList(0, 2)).containsExactly(NO_WORK_ON_NON_ISSUED_TERMINALS, NO_EXCESS_COPIES);
    }

    @Test
    void integrity2GivesBackupAndSignatureAndLockedStorage() {
        assertThat(HandlingRestriction.forClasses(new Classification(1, 2, 1)))
                .containsExactlyInAnyOrder(BACKUP_AND_SIGNATURE, OUTSIDE_PROCESSING_MEASURES, LOCKED_STORAGE_OF_MEDIA);
    }

    @Test
    void availability2GivesBackupAndRecoveryAndLockedStorage() {
        assertThat(HandlingRestriction.forClasses(new Classification(1, 1, 2)))
                .containsExactlyInAnyOrder(BACKUP_AND_TIMELY_RECOVERY, LOCKED_STORAGE_OF_MEDIA);
    }

    static Stream<Arguments> everyCombination() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (int c = 1; c <= 3; c++) {
            for (int i = 1; i <= 2; i++) {
                for (int a = 1; a <= 2; a++) {
                    all.add(Arguments.of(c, i, a));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "機密性{0} 完全性{1} 可用性{2}")
    @MethodSource("everyCombination")
    void everyCombinationIsTheUnionOfItsRowsWithoutRepeats(int c, int i, int a) {
        Set<HandlingRestriction> expected = EnumSet.noneOf(HandlingRestriction.class);
        if (c >= 2) {
            expected.addAll(C2);
        }
        if (c == 3) {
            expected.addAll(C3_ONLY);
        }
        if (i == 2) {
            expected.addAll(I2);
        }
        if (a == 2) {
            expected.addAll(A2);
        }
        List<HandlingRestriction> rules = HandlingRestriction.forClasses(new Classification(c, i, a));
        assertThat(rules).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        // the rules are listed in the policy's order
        assertThat(rules).isSortedAccordingTo(Enum::compareTo);
        assertThat(new Classification(c, i, a).needsLockedStorage()).isEqualTo(rules.contains(LOCKED_STORAGE_OF_MEDIA));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} is refused")
    @CsvSource({"0,1,1", "4,1,1", "1,0,1", "1,3,1", "1,1,0", "1,1,3"})
    void classesOutsideThePolicysScaleAreRefused(int c, int i, int a) {
        assertThatThrownBy(() -> new Classification(c, i, a)).isInstanceOf(IllegalArgumentException.class);
    }
}
