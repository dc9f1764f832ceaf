package org.daicho.service;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.daicho.service.ServiceFixtures.staffDraft;

import java.nio.file.Path;
import java.time.LocalDate;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldError;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffField;
import org.daicho.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {

    @TempDir
    Path dir;

    private DaichoServices services;
    private long section;

    @BeforeEach
    void makeStore() {
        services = ServiceFixtures.create(dir);
        section = services.settings().sections().get(0).id();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    @Test
    void addedStaffAreListedByStaffNumberAndKeptAfterReopening() {
        services.staff().save(null, staffDraft("S01002", "見本 花子", "みほん はなこ", section));
        Staff first = services.staff().save(null, staffDraft("S01001", "試験 太郎", "しけん たろう", section));

        assertThat(first.id()).isNotNull();
        services.close();
        services = TestStores.open(dir, ServiceFixtures.CLOCK);
        assertThat(staffAdded()).extracting(Staff::staffNo, Staff::name)
                .containsExactly(tuple("S01001", "試験 太郎"),
                        tuple("S01002", "見本 花子"));
    }

    @Test
    void anEditIsStored() {
        Staff saved = services.staff().save(null, staffDraft("S01001", "試験 太郎", "しけん たろう", section));
        long other = services.settings().sections().get(1).id();

        services.staff().save(saved.id(), new StaffDraft("S01001", "試験 太郎", "しけん たろう", other,
                EmploymentType.PART_TIME, "2020/4/1", "2026/3/31", false, true));

        Staff stored = staffAdded().get(0);
        assertThat(stored.id()).isEqualTo(saved.id());
        assertThat(stored.sectionId()).isEqualTo(other);
        assertThat(stored.employmentType()).isEqualTo(EmploymentType.PART_TIME);
        assertThat(stored.leftOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(stored.systemManager()).isTrue();
        assertThat(stored.isActiveOn(ServiceFixtures.TODAY)).isFalse();
    }

    @Test
    void aStaffNumberInUseIsRefusedEvenTypedFullWidth() {
        services.staff().save(null, staffDraft("S01001", "試験 太郎", "しけん たろう", section));

        assertThatThrownBy(() -> services.staff().save(null, staffDraft("Ｓ０１００１", "見本 花子", "みほん はなこ", section)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of(StaffField.STAFF_NO, "validation.staffNo.taken", "S01001")));
        assertThat(staffAdded()).hasSize(1);
    }

    @Test
    void editingAnotherToANumberInUseIsRefusedButKeepingOnesOwnIsFine() {
        services.staff().save(null, staffDraft("S01001", "試験 太郎", "しけん たろう", section));
        Staff second = services.staff().save(null, staffDraft("S01002", "見本 花子", "みほん はなこ", section));

        assertThatThrownBy(() -> services.staff().save(second.id(),
                staffDraft("S01001", "見本 花子", "みほん はなこ", section)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.staffNo.taken"));

        services.staff().save(second.id(), staffDraft("S01002", "見本 花子", "みほん はなこ", section));
        assertThat(staffAdded()).extracting(Staff::staffNo).containsExactly("S01001", "S01002");
    }

    @Test
    void anInvalidDraftWritesNothing() {
        assertThatThrownBy(() -> services.staff().save(null, staffDraft("S01001", "試験 太郎", "シケン タロウ", section)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(StaffField.KANA, "validation.kana")));
        assertThat(staffAdded()).isEmpty();
    }

    /** The staff the test added: every test store also has its administrator (TestStores.admin()). */
    private java.util.List<Staff> staffAdded() {
        return services.staff().all().stream()
                .filter(s -> !s.staffNo().equals(TestStores.admin().staffNo())).toList();
    }
}
