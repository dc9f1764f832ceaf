package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.daicho.domain.AssetKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.FieldError;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Role;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.ValidationException;
import org.daicho.store.Database;
import org.daicho.store.SectionRepository;
import org.daicho.store.SettingsRepository;

/** The organisation's settings and its sections (所属). */
public final class SettingsService {

    private static final String ORGANISATION_NAME = "organisation.name";
    private static final String APPROVAL_TITLES = "approval.titles";
    private static final String DATE_STYLE = "date.style";
    private static final String PREFIX = "assetNo.prefix.";
    private static final String DISPOSAL_WITNESS_ALWAYS = "disposal.witnessAlways";
    private static final String DISPOSAL_DESTROY_FOR_3 = "disposal.destroyForConfidential3";
    private static final String DISPOSAL_NO_CLEAR = "disposal.noClearForConfidential";

    private final Database db;
    private final SettingsRepository settings = new SettingsRepository();
    private final SectionRepository sections = new SectionRepository();
    private final HistoryService history;
    private final Supplier<Actor> actor;

    SettingsService(Database db, HistoryService history, Supplier<Actor> actor) {
        this.db = db;
        this.history = history;
        this.actor = actor;
    }

    /** Writes what the first-start screen asked for into a new store. */
    void initialise(OrganisationSetup setup) {
        OrganisationSetup valid = setup.validate().orThrow();
        db.inTransaction(c -> {
            write(c, new OrganisationSettings(valid.organisationName(), valid.approvalTitles(), DateStyle.WAREKI,
                    OrganisationSettings.defaultPrefixes()));
            int order = 0;
            for (String name : valid.sectionNames()) {
                Section section = sections.insert(c, new Section(null, name, order++));
                history.record(c, actor.get(), RecordType.SECTION, section.id(), Map.of(), RecordFields.of(section), "");
            }
            return null;
        });
    }

    public OrganisationSettings settings() {
        return db.read(SettingsService::read);
    }

    static OrganisationSettings read(Connection c) throws SQLException {
        Map<String, String> values = new SettingsRepository().findAll(c);
        Map<AssetKind, String> prefixes = new EnumMap<>(AssetKind.class);
        for (AssetKind kind : AssetKind.values()) {
            prefixes.put(kind, values.getOrDefault(PREFIX + kind.name(), kind.defaultPrefix()));
        }
        String titles = values.getOrDefault(APPROVAL_TITLES, "");
        return new OrganisationSettings(values.getOrDefault(ORGANISATION_NAME, ""),
                titles.isEmpty() ? List.of() : List.of(titles.split("\n")),
                DateStyle.valueOf(values.getOrDefault(DATE_STYLE, DateStyle.WAREKI.name())), prefixes);
    }

    public void save(OrganisationSettings changed) {
        actor.get().require("error.notPermitted", Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        new OrganisationSetup(changed.organisationName(), List.of("-"), changed.approvalTitles()).validate()
                .errors().forEach(errors::add);
        changed.assetNoPrefixes().forEach((kind, prefix) -> {
            if (!prefix.matches("[A-Za-z0-9]{1,8}")) {
                errors.add(new FieldError("PREFIX_" + kind.name(), "enum.AssetKind." + kind.name(),
                        "validation.prefix", List.of()));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        db.inTransaction(c -> {
            write(c, changed);
            return null;
        });
    }

    /** Writes every setting, and one change-history entry for what changed (the settings are one record). */
    private void write(Connection c, OrganisationSettings s) throws SQLException {
        Map<String, String> before = settings.findAll(c);
        settings.put(c, ORGANISATION_NAME, s.organisationName());
        settings.put(c, APPROVAL_TITLES, String.join("\n", s.approvalTitles()));
        settings.put(c, DATE_STYLE, s.dateStyle().name());
        for (AssetKind kind : AssetKind.values()) {
            settings.put(c, PREFIX + kind.name(), s.prefixFor(kind));
        }
        history.record(c, actor.get(), RecordType.SETTING, RecordFields.SETTINGS_ID, before, settings.findAll(c), "");
    }

    /** The body's own disposal rules on top of the baseline (all off in a new store). */
    public DisposalPolicy disposalPolicy() {
        return db.read(SettingsService::readDisposalPolicy);
    }

    static DisposalPolicy readDisposalPolicy(Connection c) throws SQLException {
        Map<String, String> values = new SettingsRepository().findAll(c);
        return new DisposalPolicy(Boolean.parseBoolean(values.get(DISPOSAL_WITNESS_ALWAYS)),
                Boolean.parseBoolean(values.get(DISPOSAL_DESTROY_FOR_3)),
                Boolean.parseBoolean(values.get(DISPOSAL_NO_CLEAR)));
    }

    /**
     * Saves the disposal rules (システム管理者 only), with a change-history entry. They can only tighten the
     * baseline of {@link org.daicho.domain.DisposalRules}: there is no setting that turns a baseline rule off.
     */
    public void saveDisposalPolicy(DisposalPolicy policy) {
        actor.get().require("error.notPermitted", Role.ADMIN);
        db.inTransaction(c -> {
            Map<String, String> before = settings.findAll(c);
            settings.put(c, DISPOSAL_WITNESS_ALWAYS, String.valueOf(policy.witnessAlways()));
            settings.put(c, DISPOSAL_DESTROY_FOR_3, String.valueOf(policy.destroyForConfidential3()));
            settings.put(c, DISPOSAL_NO_CLEAR, String.valueOf(policy.noClearForConfidential()));
            history.record(c, actor.get(), RecordType.SETTING, RecordFields.SETTINGS_ID, before, settings.findAll(c),
                    "");
            return null;
        });
    }

    /**
     * Records the backup settings, which live in {@code backup.properties} beside the store (readable before
     * login), as the settings {@code backup.folder} and {@code backup.generations} with a change-history entry;
     * {@code writeFile} writes that file inside the same transaction, so a file that cannot be written records
     * nothing.
     */
    void recordBackupSettings(String folder, int generations, Runnable writeFile) {
        db.inTransaction(c -> {
            Map<String, String> before = settings.findAll(c);
            settings.put(c, "backup.folder", folder);
            settings.put(c, "backup.generations", Integer.toString(generations));
            history.record(c, actor.get(), RecordType.SETTING, RecordFields.SETTINGS_ID, before, settings.findAll(c),
                    "");
            writeFile.run();
            return null;
        });
    }

    public List<Section> sections() {
        return db.read(sections::findAll);
    }

    /** Adds a section at the end of the list. */
    public Section addSection(String name) {
        actor.get().require("error.notPermitted", Role.ADMIN);
        String clean = checkSectionName(name);
        return db.inTransaction(c -> {
            List<Section> existing = sections.findAll(c);
            checkUnique(existing, clean, null);
            Section section = sections.insert(c, new Section(null, clean, existing.size()));
            history.record(c, actor.get(), RecordType.SECTION, section.id(), Map.of(), RecordFields.of(section), "");
            return section;
        });
    }

    public void renameSection(long id, String name) {
        actor.get().require("error.notPermitted", Role.ADMIN);
        String clean = checkSectionName(name);
        db.inTransaction(c -> {
            List<Section> existing = sections.findAll(c);
            checkUnique(existing, clean, id);
            Section section = existing.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
            Section renamed = new Section(id, clean, section.sortOrder());
            sections.update(c, renamed);
            history.record(c, actor.get(), RecordType.SECTION, id, RecordFields.of(section), RecordFields.of(renamed), "");
            return null;
        });
    }

    private static String checkSectionName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.required")));
        }
        if (clean.length() > 50) {
            throw new ValidationException(List.of(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.tooLong", 50)));
        }
        return clean;
    }

    private static void checkUnique(List<Section> existing, String name, Long exceptId) {
        boolean taken = existing.stream().anyMatch(s -> s.name().equals(name) && !s.id().equals(exceptId));
        if (taken) {
            throw new ValidationException(List.of(FieldError.of(OrganisationSetup.Field.SECTIONS,
                    "validation.sectionTaken", name)));
        }
    }
}
