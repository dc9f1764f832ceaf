package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.DateStyle;
import org.daicho.domain.HandlingRestriction;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.i18n.Messages;

/** The 情報資産管理台帳 as an .xlsx (forms.md A and "Common to every exported form"). */
public final class AssetLedgerForm {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Messages messages;
    private final OrganisationSettings settings;
    private final Map<Classification, String> restrictionTexts = new HashMap<>();

    public AssetLedgerForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** The highest 機密性 among the rows (1 when there are none): policy 2.3(2)② shows it on the file. */
    public static int highestConfidentiality(List<LedgerEntry> entries) {
        return entries.stream().mapToInt(e -> e.asset().classes().confidentiality()).max().orElse(1);
    }

    /** e.g. 機密性3_情報資産管理台帳_20261124.xlsx */
    public String fileName(int highestConfidentiality, LocalDate printDate) {
        return FormWorkbook.fileName(messages, highestConfidentiality, title(), FILE_DATE.format(printDate));
    }

    /**
     * Writes the workbook to {@code out}.
     *
     * @param filterDescription what the rows were filtered by, shown under the title; empty for the whole ledger
     */
    public void write(List<LedgerEntry> entries, String filterDescription, LocalDate printDate, OutputStream out,
            FormProgress progress) throws IOException {
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), highestConfidentiality(entries),
                printDate)) {
            writeSheet(book, subtitle(entries.size(), filterDescription, printDate), entries::forEach,
                    new RowCounter(progress, entries.size()));
            book.write(out);
        }
    }

    /**
     * Writes the ledger as one sheet of {@code book} (this form's own file, or the audit book's sheet of the
     * ledger as at a 年度's end).
     *
     * @param subtitle the line under the title, e.g. {@link #asOfLine}
     */
    FormSheet writeSheet(FormWorkbook book, String subtitle, FormRows<LedgerEntry> entries, RowCounter counter) {
        FormSheet sheet = book.createSheet(title(), columns());
        sheet.writeTitleBlock(subtitle);
        entries.forEach(entry -> {
            writeRow(sheet.addRow(), entry);
            counter.row();
        });
        sheet.finish();
        return sheet;
    }

    /** 「令和8年11月24日 現在　60 件」 */
    String asOfLine(LocalDate day, long count) {
        return messages.get("form.assets.asOf", settings.dateStyle().format(day), count);
    }

    String title() {
        return messages.get("form.assets.title");
    }

    /** 「令和8年11月24日 現在　60 件（絞り込み: …）」 */
    private String subtitle(int count, String filterDescription, LocalDate printDate) {
        String line = asOfLine(printDate, count);
        if (filterDescription != null && !filterDescription.isBlank()) {
            line += (isJapanese() ? "" : " ") + messages.get("form.assets.filtered", filterDescription.strip());
        }
        return line;
    }

    /** Japanese runs text on with full-width punctuation; English needs spaces and "; " between items. */
    private boolean isJapanese() {
        return "ja".equals(messages.locale().getLanguage());
    }

    /** One column per {@link AssetField}, in the order of forms.md A. */
    private List<FormColumn> columns() {
        List<FormColumn> columns = new ArrayList<>();
        for (AssetField field : AssetField.values()) {
            columns.add(new FormColumn(messages.get("asset.field." + field.name()), width(field)));
        }
        return columns;
    }

    /**
     * Column widths in half-width characters. Kept tight, with text wrapping, because the 29 columns are
     * fitted to one A4 page wide; the long ones (name, 取扱制限, 備考) get the room. Columns of labels are
     * widened so that no English label breaks inside a word.
     */
    private int width(AssetField field) {
        return switch (field) {
            case KIND -> Math.max(base(field), longestWord(AssetKind.values()));
            case NETWORK_ZONE -> Math.max(base(field), longestWord(NetworkZone.values()));
            case PERSONAL_INFO -> Math.max(base(field), longestWord(PersonalInfoKind.values()));
            case OWNERSHIP -> Math.max(base(field), longestWord(Ownership.values()));
            case STATUS -> Math.max(base(field), longestWord(AssetStatus.values()));
            case LOCKED_STORAGE, ENCRYPTED -> Math.max(base(field),
                    FormText.longestLatinWord(messages.get("form.yes"), messages.get("form.no")) + 2);
            default -> base(field);
        };
    }

    private int longestWord(Enum<?>[] values) {
        return FormText.longestLatinWord(Arrays.stream(values).map(messages::label).toArray(String[]::new)) + 2;
    }

    private int base(AssetField field) {
        // 「令和13年12月31日」 on one line; a 西暦 date cell shows ##### when its column is too narrow
        int dateWidth = settings.dateStyle() == DateStyle.WAREKI ? 18 : 11;
        return switch (field) {
            case ASSET_NO, MAKER, MODEL, MANAGER, PERSONAL_INFO, DISPOSAL_RECORD_NO -> 12;
            case BUSINESS_CATEGORY, MEDIUM, NETWORK_ZONE, SERIAL_NO, SECTION, USERS, STORAGE_PLACE -> 14;
            case KIND -> 13;
            case NAME, NOTE -> 24;
            case CONFIDENTIALITY, INTEGRITY, AVAILABILITY, LOCKED_STORAGE, ENCRYPTED, OWNERSHIP -> 7;
            case RESTRICTIONS -> 36;
            case STATUS -> 10;
            case ACQUIRED_ON, LEASE_ENDS_ON, RETENTION_UNTIL, REGISTERED_ON, LAST_REVIEWED_ON -> dateWidth;
        };
    }

    /** Writes the cells in {@link AssetField} order; the switch makes a new field a compile error here. */
    private void writeRow(FormRow row, LedgerEntry entry) {
        Asset asset = entry.asset();
        for (AssetField field : AssetField.values()) {
            switch (field) {
                case ASSET_NO -> row.text(asset.assetNo());
                case BUSINESS_CATEGORY -> row.text(asset.businessCategory());
                case NAME -> row.text(asset.name());
                case KIND -> row.text(messages.label(asset.kind()));
                case MEDIUM -> row.text(asset.medium());
                case NETWORK_ZONE -> row.text(messages.label(asset.networkZone()));
                case MAKER -> row.text(asset.maker());
                case MODEL -> row.text(asset.model());
                case SERIAL_NO -> row.text(asset.serialNo());
                case SECTION -> row.text(entry.sectionName());
                case MANAGER -> row.text(entry.managerName());
                case USERS -> row.text(asset.users());
                case CONFIDENTIALITY -> row.number(asset.classes().confidentiality());
                case INTEGRITY -> row.number(asset.classes().integrity());
                case AVAILABILITY -> row.number(asset.classes().availability());
                case RESTRICTIONS -> row.text(restrictions(asset));
                case PERSONAL_INFO -> row.text(messages.label(asset.personalInfo()));
                case STORAGE_PLACE -> row.text(asset.storagePlace());
                case LOCKED_STORAGE -> row.yesNo(asset.lockedStorage());
                case ENCRYPTED -> row.yesNo(asset.encrypted());
                case ACQUIRED_ON -> row.date(asset.acquiredOn());
                case OWNERSHIP -> row.centred(messages.label(asset.ownership()));
                case LEASE_ENDS_ON -> row.date(asset.leaseEndsOn());
                case STATUS -> row.text(messages.label(asset.status()));
                case RETENTION_UNTIL -> row.date(asset.retentionUntil());
                case REGISTERED_ON -> row.date(asset.registeredOn());
                case LAST_REVIEWED_ON -> row.date(asset.lastReviewedOn());
                case DISPOSAL_RECORD_NO -> row.text(asset.disposalRecordNo());
                case NOTE -> row.text(asset.note());
            }
        }
    }

    /**
     * 取扱制限 derived from the classes (policy 2.3(1)), joined with 「、」 (with "; " in English). There are
     * only twelve combinations of classes, so each text is built once per export.
     */
    private String restrictions(Asset asset) {
        return restrictionTexts.computeIfAbsent(asset.classes(), this::restrictionText);
    }

    private String restrictionText(Classification classes) {
        List<HandlingRestriction> rules = HandlingRestriction.forClasses(classes);
        if (rules.isEmpty()) {
            return messages.get("restriction.none");
        }
        String separator = FormText.listSeparator(messages.locale());
        // the short labels keep a row of the printed ledger to two or three lines; the form shows the full text
        return rules.stream().map(r -> messages.get("restriction.short." + r.name()))
                .collect(Collectors.joining(separator));
    }
}
