package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void onlyChangedFieldsAreListedInOrderWithRemovedFieldsLast() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("A", "1");
        before.put("B", "2");
        before.put("C", "3");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("A", "1");
        after.put("B", "two");
        after.put("D", "");

        assertThat(FieldChanges.diff(before, after)).containsExactly(new FieldChange("B", "2", "two"),
                new FieldChange("D", null, ""), new FieldChange("C", "3", null));
        assertThat(FieldChanges.diff(after, after)).isEmpty();
        assertThat(FieldChanges.diff(Map.of(), Map.of("A", "1"))).containsExactly(new FieldChange("A", null, "1"));
    }

    @Test
    void applyingTheChangesGivesTheStateAfter() {
        Map<String, String> before = new LinkedHashMap<>(Map.of("A", "1", "B", "2", "C", "3"));
        Map<String, String> after = Map.of("A", "1", "B", "two", "D", "");
        Map<String, String> state = new LinkedHashMap<>(before);

        FieldChanges.apply(state, FieldChanges.diff(before, after));

        assertThat(state).isEqualTo(after);
    }

    @Test
    void theTextRoundTripsEveryAwkwardValue() {
        List<FieldChange> changes = List.of(
                new FieldChange("NOTE", "一行目\n二行目\r\n", "タブ\tと\\バックスラッシュ"),
                new FieldChange("EMPTY", "", null),
                new FieldChange("LITERAL", "\\N", "\\t"),
                new FieldChange("approval.titles", null, "担当\n係長\n課長"));

        String text = FieldChanges.encode(changes);

        assertThat(text.lines()).hasSize(4);
        assertThat(FieldChanges.decode(text)).isEqualTo(changes);
        assertThat(FieldChanges.decode("")).isEmpty();
        assertThat(FieldChanges.encode(List.of(new FieldChange("A", null, "")))).isEqualTo("A\t\\N\t");
    }

    @Test
    void textThatIsNotCanonicalIsRefused() {
        assertThatThrownBy(() -> FieldChanges.decode("A\t1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldChanges.decode("A\t1\t2\t3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldChanges.decode("A\t\\x\t2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldChanges.decode("A\t1\t2\\")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldChanges.decode("\t1\t2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCanonicalFormIgnoresTheOrderOfFields() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("B", "2");
        one.put("A", "1");
        assertThat(FieldChanges.canonical(one)).isEqualTo(FieldChanges.canonical(Map.of("A", "1", "B", "2")))
                .isNotEqualTo(FieldChanges.canonical(Map.of("A", "1", "B", "3")));
    }

    @Test
    void anAssetsFieldsAreItsStoredValuesWithoutTheRestrictions() {
        Asset asset = new Asset(7L, "PC-0001", "総務事務", "事務用パソコン", AssetKind.TERMINAL, "内蔵SSD", NetworkZone.LGWAN,
                "試験電機", "TX-1", "SN1", 3, null, "試験 花子", new Classification(2, 1, 2), PersonalInfoKind.PERSONAL,
                "書庫", true, false, LocalDate.of(2026, 4, 1), Ownership.PURCHASED, null, AssetStatus.IN_USE, null,
                LocalDate.of(2026, 4, 2), null, "", "");

        Map<String, String> fields = RecordFields.of(asset);

        assertThat(fields.keySet()).doesNotContain(AssetField.RESTRICTIONS.name()).hasSize(AssetField.values().length - 1);
        assertThat(fields).containsEntry("SECTION", "3").containsEntry("MANAGER", "").containsEntry("INTEGRITY", "1")
                .containsEntry("LOCKED_STORAGE", "true").containsEntry("ACQUIRED_ON", "2026-04-01")
                .containsEntry("LEASE_ENDS_ON", "").containsEntry("STATUS", "IN_USE");
        assertThat(fields.keySet()).first().isEqualTo("ASSET_NO");
    }
}
