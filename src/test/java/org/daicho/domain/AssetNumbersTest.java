package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 管理番号 the form suggests for a new asset. */
class AssetNumbersTest {

    @Test
    void theFirstNumberOfAKind() {
        assertThat(AssetNumbers.next("PC", List.of())).isEqualTo("PC-0001");
    }

    @Test
    void oneAboveTheHighestOfTheSamePrefixEvenWithGaps() {
        assertThat(AssetNumbers.next("PC", List.of("PC-0001", "PC-0007", "MB-0100", "PC-0003"))).isEqualTo("PC-0008");
    }

    @Test
    void numbersOfOtherShapesAreNotCounted() {
        assertThat(AssetNumbers.next("PC", List.of("PC-00A1", "XPC-0009", "PC-0009-B", "PC0050", "pc-0060", "PC-0002")))
                .isEqualTo("PC-0003");
    }

    @Test
    void growsPastFourDigits() {
        assertThat(AssetNumbers.next("PC", List.of("PC-9999"))).isEqualTo("PC-10000");
    }

    @Test
    void absurdlyLongNumbersDoNotBreakTheSuggestion() {
        assertThat(AssetNumbers.next("PC", List.of("PC-12345678901234567890", "PC-0004"))).isEqualTo("PC-0005");
    }

    @Test
    void aPrefixIsTakenLiterallyNotAsAPattern() {
        assertThat(AssetNumbers.next("A.B", List.of("AxB-0005", "A.B-0001"))).isEqualTo("A.B-0002");
    }
}
