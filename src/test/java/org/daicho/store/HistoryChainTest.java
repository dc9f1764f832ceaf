package org.daicho.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class HistoryChainTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 24, 10, 0, 0, 123_000_000);

    private static String hash(String userName, String reason, String changes) {
        return HistoryChain.hash(1, AT, 5L, userName, "ASSET", 9, "UPDATE", reason, changes, HistoryChain.GENESIS);
    }

    @Test
    void theHashIsLowerCaseHexSha256AndTheSameForTheSameContent() {
        String hash = hash("admin", "", "NAME\t旧\t新");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(hash("admin", "", "NAME\t旧\t新"));
        assertThat(HistoryChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void everyPartOfTheEntryChangesTheHash() {
        String base = hash("admin", "", "NAME\t旧\t新");

        assertThat(hash("admin2", "", "NAME\t旧\t新")).isNotEqualTo(base);
        assertThat(hash("admin", " ", "NAME\t旧\t新")).isNotEqualTo(base);
        assertThat(hash("admin", "", "NAME\t旧\t新 ")).isNotEqualTo(base);
        assertThat(HistoryChain.hash(2, AT, 5L, "admin", "ASSET", 9, "UPDATE", "", "NAME\t旧\t新", HistoryChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HistoryChain.hash(1, AT.plusNanos(1000), 5L, "admin", "ASSET", 9, "UPDATE", "", "NAME\t旧\t新",
                HistoryChain.GENESIS)).as("a microsecond").isNotEqualTo(base);
        assertThat(HistoryChain.hash(1, AT, null, "admin", "ASSET", 9, "UPDATE", "", "NAME\t旧\t新", HistoryChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HistoryChain.hash(1, AT, 5L, "admin", "ASSET", 9, "UPDATE", "", "NAME\t旧\t新", "1".repeat(64)))
                .as("the previous hash").isNotEqualTo(base);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        // unambiguous: "ab" + "c" is not "a" + "bc"
        assertThat(hash("ab", "c", "")).isNotEqualTo(hash("a", "bc", ""));
        assertThat(hash("a\n1:b", "", "")).isNotEqualTo(hash("a", "b", ""));
    }
}
