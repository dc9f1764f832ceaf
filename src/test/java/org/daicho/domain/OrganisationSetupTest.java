package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-start screen's organisation name, sections and approval titles. */
class OrganisationSetupTest {

    private static final List<String> SECTIONS = List.of("総務課", "業務課");
    private static final List<String> TITLES = List.of("担当", "係長", "課長");

    @Test
    void itemsOneALineOrSeparatedBySlashesAndCommas() {
        assertThat(OrganisationSetup.splitItems("総務課\r\n業務課\n\n  施設管理課  ")).containsExactly("総務課", "業務課", "施設管理課");
        assertThat(OrganisationSetup.splitItems("担当/係長／課長、事務局長,会計,管理者，監査"))
                .containsExactly("担当", "係長", "課長", "事務局長", "会計", "管理者", "監査");
    }

    @Test
    void repeatsAndBlanksAreDropped() {
        assertThat(OrganisationSetup.splitItems("総務課\n総務課\n \n業務課\n総務課")).containsExactly("総務課", "業務課");
        assertThat(OrganisationSetup.splitItems("")).isEmpty();
        assertThat(OrganisationSetup.splitItems(null)).isEmpty();
    }

    @Test
    void aCompleteSetupIsAcceptedWithTheNameTrimmed() {
        Validation<OrganisationSetup> result = new OrganisationSetup("  試験町衛生組合 ", SECTIONS, TITLES).validate();
        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).isEqualTo(new OrganisationSetup("試験町衛生組合", SECTIONS, TITLES));
    }

    @Test
    void anEmptySetupNamesEachField() {
        assertThat(new OrganisationSetup(" ", List.of(), List.of()).validate().errors()).containsExactly(
                FieldError.of(OrganisationSetup.Field.ORGANISATION_NAME, "validation.required"),
                FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.required"),
                FieldError.of(OrganisationSetup.Field.APPROVAL_TITLES, "validation.required"));
    }

    @Test
    void atMostEightApprovalBoxesOfTenCharacters() {
        List<String> nine = List.of("担当", "主査", "係長", "課長補佐", "課長", "次長", "部長", "局長", "管理者");
        assertThat(new OrganisationSetup("試験町", SECTIONS, nine).validate().errors())
                .containsExactly(FieldError.of(OrganisationSetup.Field.APPROVAL_TITLES, "validation.tooMany", 8));
        assertThat(new OrganisationSetup("試験町", SECTIONS, nine.subList(0, 8)).validate().isValid()).isTrue();
        assertThat(new OrganisationSetup("試験町", SECTIONS, List.of("担当", "情報セキュリティ統括責任者")).validate().errors())
                .containsExactly(FieldError.of(OrganisationSetup.Field.APPROVAL_TITLES, "validation.tooLong", 10));
    }

    @Test
    void sectionNamesOfAtMostFiftyCharacters() {
        assertThat(new OrganisationSetup("試験町", List.of("総務課", "課".repeat(51)), TITLES).validate().errors())
                .containsExactly(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.tooLong", 50));
        assertThat(new OrganisationSetup("試験町", List.of("課".repeat(50)), TITLES).validate().isValid()).isTrue();
    }
}
