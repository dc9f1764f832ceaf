package org.daicho.ui.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldChange;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;

/**
 * Turns change-history entries into table rows a clerk can read: field labels from the bundle, enum
 * names as their labels, dates in the chosen style, section and staff ids as names. A value it cannot
 * read is shown as stored.
 */
final class HistoryTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Set<String> DATE_FIELDS = Set.of(AssetField.ACQUIRED_ON.name(), AssetField.LEASE_ENDS_ON.name(),
            AssetField.RETENTION_UNTIL.name(), AssetField.REGISTERED_ON.name(), AssetField.LAST_REVIEWED_ON.name(),
            StaffField.HIRED_ON.name(), StaffField.LEFT_ON.name());
    private static final Set<String> FLAG_FIELDS = Set.of(AssetField.LOCKED_STORAGE.name(), AssetField.ENCRYPTED.name(),
            StaffField.SECURITY_MANAGER.name(), StaffField.SYSTEM_MANAGER.name());
    private static final String PREFIX = "assetNo.prefix.";

    private final Messages messages;
    private final DateStyle dateStyle;
    private final Map<Long, String> sectionNames;
    private final Map<Long, String> staffNames;

    HistoryTexts(Messages messages, DateStyle dateStyle, Map<Long, String> sectionNames, Map<Long, String> staffNames) {
        this.messages = messages;
        this.dateStyle = dateStyle;
        this.sectionNames = Map.copyOf(sectionNames);
        this.staffNames = Map.copyOf(staffNames);
    }

    /** One row per changed field (one row for an entry that lists none). */
    List<HistoryLine> lines(HistoryEntry entry) {
        String when = dateStyle.format(entry.changedAt().toLocalDate()) + " " + TIME.format(entry.changedAt());
        String type = messages.label(entry.recordType());
        String id = String.valueOf(entry.recordId());
        String action = messages.label(entry.action());
        List<HistoryLine> lines = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            lines.add(new HistoryLine(entry.seq(), when, entry.userName(), type, id, action,
                    fieldLabel(entry.recordType(), change.field()),
                    value(entry.recordType(), change.field(), change.before()),
                    value(entry.recordType(), change.field(), change.after()), entry.reason()));
        }
        if (lines.isEmpty()) {
            lines.add(new HistoryLine(entry.seq(), when, entry.userName(), type, id, action, "", "", "", entry.reason()));
        }
        return lines;
    }

    String fieldLabel(RecordType type, String field) {
        return switch (type) {
            case ASSET -> known("asset.field." + field, field);
            case STAFF -> known("staff.field." + field, field);
            case SECTION -> field.equals(RecordFields.SECTION_NAME) ? messages.get("settings.sections.name")
                    : known("history.field." + field, field);
            case SETTING -> settingLabel(field);
            case ACCOUNT -> known("account.field." + field, field);
            case CARRY -> known("carry.field." + field, field);
            case DISPOSAL -> known("disposal.field." + field, field);
            case TRAINING_SESSION, ATTENDANCE -> known("training.field." + field, field);
        };
    }

    private String settingLabel(String field) {
        if (field.startsWith(PREFIX)) {
            AssetKind kind = enumOrNull(AssetKind.class, field.substring(PREFIX.length()));
            if (kind != null) {
                return messages.get("history.field.prefix", messages.label(kind));
            }
        }
        return switch (field) {
            case "organisation.name" -> messages.get("setup.field.ORGANISATION_NAME");
            case "approval.titles" -> messages.get("setup.field.APPROVAL_TITLES");
            case "date.style" -> messages.get("settings.dateStyle");
            case "disposal.witnessAlways" -> messages.get("settings.disposal.witnessAlways");
            case "disposal.destroyForConfidential3" -> messages.get("settings.disposal.destroyForConfidential3");
            case "disposal.noClearForConfidential" -> messages.get("settings.disposal.noClearForConfidential");
            case "backup.folder" -> messages.get("backup.settings.folder");
            case "backup.generations" -> messages.get("backup.settings.generations");
            default -> field;
        };
    }

    /** A value as shown; null (the record did not have the field) is empty. */
    String value(RecordType type, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        try {
            if (DATE_FIELDS.contains(field) && (type == RecordType.ASSET || type == RecordType.STAFF)) {
                return dateStyle.format(LocalDate.parse(raw));
            }
            if (FLAG_FIELDS.contains(field) && (type == RecordType.ASSET || type == RecordType.STAFF)) {
                return messages.get(Boolean.parseBoolean(raw) ? "history.value.yes" : "history.value.no");
            }
        } catch (RuntimeException unreadable) {
            return raw;
        }
        return switch (type) {
            case ASSET -> assetValue(field, raw);
            case STAFF -> staffValue(field, raw);
            case SETTING -> settingValue(field, raw);
            case CARRY -> carryValue(field, raw);
            case DISPOSAL -> disposalValue(field, raw);
            default -> raw;
        };
    }

    /** 持出・持込: labels for kind, status and measures, names for people, ○/× for the checks. */
    private String carryValue(String field, String raw) {
        return switch (field) {
            case "KIND" -> label(CarryKind.class, raw);
            case "STATUS" -> label(CarryStatus.class, raw);
            case "MEASURES" -> java.util.Arrays.stream(raw.split(",")).map(m -> label(CarryMeasure.class, m))
                    .collect(java.util.stream.Collectors.joining(" / "));
            case "CARRIER", "APPLICANT_STAFF", "APPROVER", "RETURN_CHECKER" -> named(staffNames, raw);
            case "VIRUS_SCANNED", "PATCHES_APPLIED", "PERMISSION_REQUIRED", "PAPER_APPROVAL" ->
                    messages.get(Boolean.parseBoolean(raw) ? "history.value.yes" : "history.value.no");
            default -> raw;
        };
    }

    /** 廃棄記録: labels for the enums, names for people, ○/× for flags. */
    private String disposalValue(String field, String raw) {
        return switch (field) {
            case "STATUS" -> label(DisposalStatus.class, raw);
            case "END" -> label(DisposalEnd.class, raw);
            case "PLANNED_METHOD", "METHOD" -> label(SanitisationMethod.class, raw);
            case "PLANNED_TECHNIQUE", "TECHNIQUE" -> label(SanitisationTechnique.class, raw);
            case "PLANNED_PLACE", "PLACE" -> label(DisposalPlace.class, raw);
            case "APPLICANT_STAFF", "APPROVER", "PERFORMER", "WITNESS" -> named(staffNames, raw);
            case "PAPER_APPROVAL", "BACKED_UP" ->
                    messages.get(Boolean.parseBoolean(raw) ? "history.value.yes" : "history.value.no");
            default -> raw;
        };
    }

    private String assetValue(String field, String raw) {
        return switch (field) {
            case "KIND" -> label(AssetKind.class, raw);
            case "NETWORK_ZONE" -> label(NetworkZone.class, raw);
            case "PERSONAL_INFO" -> label(PersonalInfoKind.class, raw);
            case "OWNERSHIP" -> label(Ownership.class, raw);
            case "STATUS" -> label(AssetStatus.class, raw);
            case "SECTION" -> named(sectionNames, raw);
            case "MANAGER" -> named(staffNames, raw);
            default -> raw;
        };
    }

    private String staffValue(String field, String raw) {
        return switch (field) {
            case "EMPLOYMENT_TYPE" -> label(EmploymentType.class, raw);
            case "SECTION" -> named(sectionNames, raw);
            default -> raw;
        };
    }

    private String settingValue(String field, String raw) {
        return switch (field) {
            case "date.style" -> label(DateStyle.class, raw);
            case "approval.titles" -> String.join(" / ", raw.split("\n"));
            default -> raw;
        };
    }

    private String known(String key, String fallback) {
        return messages.bundle().containsKey(key) ? messages.get(key) : fallback;
    }

    private <E extends Enum<E>> String label(Class<E> type, String raw) {
        E value = enumOrNull(type, raw);
        return value == null ? raw : messages.label(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String raw) {
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A section or staff member by id: its name and the id, or the id alone if it is not known. */
    private static String named(Map<Long, String> names, String raw) {
        try {
            String name = names.get(Long.parseLong(raw));
            return name == null ? raw : name + " (" + raw + ")";
        } catch (NumberFormatException unreadable) {
            return raw;
        }
    }
}
