package org.daicho.service;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daicho.domain.AssetKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Section;
import org.daicho.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path dir;

    private DaichoServices services;

    @BeforeEach
    void makeStore() {
        services = ServiceFixtures.create(dir);
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    private void reopen() {
        services.close();
        services = TestStores.open(dir, ServiceFixtures.CLOCK);
    }

    private static List<FieldError> refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNewStoreHoldsWhatTheFirstStartScreenAsked() {
        OrganisationSettings settings = services.settings().settings();
        assertThat(settings.organisationName()).isEqualTo("試験町環境衛生組合（試験）");
        assertThat(settings.approvalTitles()).containsExactly("担当", "係長", "課長");
        assertThat(settings.dateStyle()).isEqualTo(DateStyle.WAREKI);
        assertThat(settings.assetNoPrefixes()).isEqualTo(OrganisationSettings.defaultPrefixes());
        assertThat(services.settings().sections()).extracting(Section::name).containsExactly("試験課", "見本課");
    }

    @Test
    void anInvalidSetupMakesNoStore() {
        Path other = dir.resolve("other");
        assertThatThrownBy(() -> TestStores.create(other, new OrganisationSetup("", List.of(), List.of()),
                ServiceFixtures.CLOCK)).isInstanceOf(ValidationException.class);
        assertThat(DaichoServices.storeExists(other)).isFalse();
    }

    @Test
    void savedSettingsAreKeptAfterReopening() {
        Map<AssetKind, String> prefixes = new HashMap<>(OrganisationSettings.defaultPrefixes());
        prefixes.put(AssetKind.STORAGE_MEDIUM, "USB");
        services.settings().save(new OrganisationSettings("見本町衛生組合", List.of("担当", "課長", "事務局長"),
                DateStyle.SEIREKI, prefixes));

        reopen();

        OrganisationSettings settings = services.settings().settings();
        assertThat(settings.organisationName()).isEqualTo("見本町衛生組合");
        assertThat(settings.approvalTitles()).containsExactly("担当", "課長", "事務局長");
        assertThat(settings.dateStyle()).isEqualTo(DateStyle.SEIREKI);
        assertThat(settings.prefixFor(AssetKind.STORAGE_MEDIUM)).isEqualTo("USB");
        assertThat(settings.prefixFor(AssetKind.TERMINAL)).isEqualTo("PC");
    }

    @Test
    void invalidSettingsAreRefusedAndNothingChanges() {
        Map<AssetKind, String> prefixes = new HashMap<>(OrganisationSettings.defaultPrefixes());
        prefixes.put(AssetKind.TERMINAL, "P-C");

        List<FieldError> errors = refusal(() -> services.settings().save(
                new OrganisationSettings(" ", List.of(), DateStyle.SEIREKI, prefixes)));

        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("ORGANISATION_NAME", "APPROVAL_TITLES", "PREFIX_TERMINAL");
        assertThat(services.settings().settings().organisationName()).isEqualTo("試験町環境衛生組合（試験）");
        assertThat(services.settings().settings().dateStyle()).isEqualTo(DateStyle.WAREKI);
    }

    @Test
    void aNewSectionGoesToTheEndOfTheList() {
        Section added = services.settings().addSection("  施設管理課 ");

        assertThat(added.name()).isEqualTo("施設管理課");
        reopen();
        assertThat(services.settings().sections()).extracting(Section::name)
                .containsExactly("試験課", "見本課", "施設管理課");
    }

    @Test
    void sectionNamesAreRequiredShortAndDistinct() {
        assertThat(refusal(() -> services.settings().addSection(" ")))
                .containsExactly(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.required"));
        assertThat(refusal(() -> services.settings().addSection("課".repeat(51))))
                .containsExactly(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.tooLong", 50));
        assertThat(refusal(() -> services.settings().addSection("試験課")))
                .containsExactly(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.sectionTaken", "試験課"));
        assertThat(services.settings().sections()).hasSize(2);
    }

    @Test
    void renamingKeepsThePlaceInTheList() {
        Section first = services.settings().sections().get(0);

        services.settings().renameSection(first.id(), "総務試験課");
        services.settings().renameSection(first.id(), "総務試験課");

        assertThat(services.settings().sections()).extracting(Section::id, Section::name).containsExactly(
                tuple(first.id(), "総務試験課"),
                tuple(services.settings().sections().get(1).id(), "見本課"));
    }

    @Test
    void renamingToAnotherSectionsNameIsRefused() {
        Section first = services.settings().sections().get(0);
        assertThat(refusal(() -> services.settings().renameSection(first.id(), "見本課")))
                .extracting(FieldError::messageKey).containsExactly("validation.sectionTaken");
        assertThat(services.settings().sections()).extracting(Section::name).containsExactly("試験課", "見本課");
    }
}
