package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.domain.StorageWarning.MEDIUM_NOT_ENCRYPTED;
import static org.daicho.domain.StorageWarning.MEDIUM_NOT_LOCKED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StorageWarningTest {

    private static final Classification C2 = new Classification(2, 1, 1);

    @ParameterizedTest
    @EnumSource(value = AssetKind.class, names = {"MOBILE", "STORAGE_MEDIUM", "IC_CARD"})
    void portableMediumOfRaisedClassKeptOpenGetsBothWarnings(AssetKind kind) {
        assertThat(StorageWarning.check(kind, C2, false, false)).containsExactly(MEDIUM_NOT_LOCKED, MEDIUM_NOT_ENCRYPTED);
        assertThat(StorageWarning.check(kind, C2, true, false)).containsExactly(MEDIUM_NOT_ENCRYPTED);
        assertThat(StorageWarning.check(kind, C2, false, true)).containsExactly(MEDIUM_NOT_LOCKED);
        assertThat(StorageWarning.check(kind, C2, true, true)).isEmpty();
    }

    @Test
    void integrityOrAvailability2AlsoRaisesTheClass() {
        assertThat(StorageWarning.check(AssetKind.STORAGE_MEDIUM, new Classification(1, 2, 1), false, true))
                .containsExactly(MEDIUM_NOT_LOCKED);
        assertThat(StorageWarning.check(AssetKind.STORAGE_MEDIUM, new Classification(1, 1, 2), true, false))
                .containsExactly(MEDIUM_NOT_ENCRYPTED);
    }

    @Test
    void lowestClassMediumNeedsNothing() {
        assertThat(StorageWarning.check(AssetKind.STORAGE_MEDIUM, Classification.LOWEST, false, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AssetKind.class, names = {"TERMINAL", "SERVER", "MULTIFUNCTION", "SPECIAL_PURPOSE",
        "DOCUMENT_DATA", "SOFTWARE"})
    void fixedEquipmentIsNotWarnedAbout(AssetKind kind) {
        assertThat(StorageWarning.check(kind, new Classification(3, 2, 2), false, false)).isEmpty();
    }

    @Test
    void aFormNotYetFilledInShowsNoWarning() {
        assertThat(StorageWarning.check(null, C2, false, false)).isEmpty();
        assertThat(StorageWarning.check(AssetKind.STORAGE_MEDIUM, null, false, false)).isEmpty();
    }
}
