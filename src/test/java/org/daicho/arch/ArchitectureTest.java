package org.daicho.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of style.md, written down as rules: no JavaFX below the UI; the domain knows no JDBC and no
 * other layer; forms take data in and give workbooks out; the two faces (window, command line) reach the
 * store and the forms only through the services.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            // test classes are left out wherever the build directory is (-Dbuild.dir may move it)
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.daicho");

    private static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("org.daicho.domain..", "org.daicho.store..", "org.daicho.forms..",
                    "org.daicho.service..", "org.daicho.cli..", "org.daicho.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..");

    private static final ArchRule domainStandsAlone = noClasses()
            .that().resideInAPackage("org.daicho.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.daicho.store..",
                    "org.daicho.service..", "org.daicho.forms..", "org.daicho.ui..", "org.daicho.cli..",
                    "org.daicho.app..", "org.apache.poi..");

    private static final ArchRule formsUseNoStore = noClasses()
            .that().resideInAPackage("org.daicho.forms..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.daicho.store..",
                    "org.daicho.service..", "org.daicho.ui..", "org.daicho.cli..");

    private static final ArchRule storeKnowsNoServiceOrFace = noClasses()
            .that().resideInAPackage("org.daicho.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.daicho.service..", "org.daicho.forms..",
                    "org.daicho.ui..", "org.daicho.cli..", "org.daicho.app..");

    private static final ArchRule facesGoThroughServices = noClasses()
            .that().resideInAnyPackage("org.daicho.ui..", "org.daicho.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.daicho.store..", "org.daicho.forms..",
                    "org.apache.poi..", "java.sql..", "org.h2..");

    private static final ArchRule servicesKnowNoFace = noClasses()
            .that().resideInAPackage("org.daicho.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.daicho.ui..", "org.daicho.cli..", "org.daicho.app..");

    private static final ArchRule screensDoNotReachIntoEachOther = noClasses()
            .that().resideInAnyPackage("org.daicho.ui.assets..", "org.daicho.ui.staff..", "org.daicho.ui.settings..",
                    "org.daicho.ui.home..", "org.daicho.ui.setup..", "org.daicho.ui.accounts..", "org.daicho.ui.login..",
                    "org.daicho.ui.lock..", "org.daicho.ui.carry..", "org.daicho.ui.disposal..",
                    "org.daicho.ui.history..", "org.daicho.ui.training..", "org.daicho.ui.staffimport..",
                    "org.daicho.ui.inspection..", "org.daicho.ui.auditbook..",
                    "org.daicho.ui.backup..", "org.daicho.ui.recovery..")
            .should().dependOnClassesThat().resideInAnyPackage("org.daicho.ui.main..", "org.daicho.app..");

    @Test
    void theRulesSeeTheWholeApp() {
        // a rule checked against nothing passes whatever the code does: make sure every layer was imported
        assertThat(MAIN_CLASSES.contain("org.daicho.ui.main.MainView")).isTrue();
        assertThat(MAIN_CLASSES.contain("org.daicho.domain.Asset")).isTrue();
        assertThat(MAIN_CLASSES.contain("org.daicho.store.Database")).isTrue();
        assertThat(MAIN_CLASSES.contain("org.daicho.forms.AssetLedgerForm")).isTrue();
    }

    @Test
    void noJavaFxBelowTheUi() {
        noJavaFxBelowTheUi.check(MAIN_CLASSES);
    }

    @Test
    void domainStandsAlone() {
        domainStandsAlone.check(MAIN_CLASSES);
    }

    @Test
    void formsUseNoStore() {
        formsUseNoStore.check(MAIN_CLASSES);
    }

    @Test
    void storeKnowsNoServiceOrFace() {
        storeKnowsNoServiceOrFace.check(MAIN_CLASSES);
    }

    @Test
    void facesGoThroughServices() {
        facesGoThroughServices.check(MAIN_CLASSES);
    }

    @Test
    void servicesKnowNoFace() {
        servicesKnowNoFace.check(MAIN_CLASSES);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        screensDoNotReachIntoEachOther.check(MAIN_CLASSES);
    }
}
