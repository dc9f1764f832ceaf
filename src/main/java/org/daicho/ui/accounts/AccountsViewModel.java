package org.daicho.ui.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.Account;
import org.daicho.domain.AccountField;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.LoginPolicy;
import org.daicho.domain.PasswordRules;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * アカウント管理 for システム管理者: the accounts with their staff member, roles and state; making an account
 * with a temporary password; changing roles; a new temporary password; removing an account with a reason;
 * the login settings. The service checks the role again for every change.
 */
public final class AccountsViewModel {

    /** The state column: active, still on a temporary password, removed. */
    public enum State { ACTIVE, TEMPORARY, REMOVED }

    /** The fields of the create form that carry a message. */
    static final List<AccountField> CREATE_FIELDS = List.of(AccountField.USER_NAME, AccountField.STAFF,
            AccountField.ROLES, AccountField.NEW_PASSWORD, AccountField.CONFIRM_PASSWORD);

    private final DaichoServices services;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final Map<Long, Staff> staffById = new HashMap<>();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper selectedIsChangeable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper selectedIsMe = new ReadOnlyBooleanWrapper(false);
    private final Map<Role, BooleanProperty> selectedRoles = new EnumMap<>(Role.class);
    private final StringProperty userName = new SimpleStringProperty("");
    private final ObjectProperty<Staff> staff = new SimpleObjectProperty<>();
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final Map<AccountField, StringProperty> errors = new EnumMap<>(AccountField.class);
    private final ObjectProperty<Integer> maxAttempts = new SimpleObjectProperty<>(LoginPolicy.DEFAULT.maxAttempts());
    private final ObjectProperty<Integer> lockMinutes = new SimpleObjectProperty<>(LoginPolicy.DEFAULT.lockMinutes());
    private final ObjectProperty<Integer> idleMinutes = new SimpleObjectProperty<>(LoginPolicy.DEFAULT.idleMinutes());
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private DateStyle dateStyle = DateStyle.WAREKI;
    private Long currentId;

    public AccountsViewModel(DaichoServices services, Messages messages, Clock clock) {
        this.services = services;
        this.messages = messages;
        this.zone = clock.getZone();
        for (Role role : Role.values()) {
            selectedRoles.put(role, new SimpleBooleanProperty(false));
            roles.put(role, new SimpleBooleanProperty(role == Role.CLERK));
        }
        for (AccountField field : CREATE_FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        selected.addListener((obs, old, now) -> showSelected(now));
    }

    private record Loaded(List<Account> accounts, List<Staff> staff, LoginPolicy policy, DateStyle dateStyle,
            Long currentId) {
    }

    /** Loads the accounts, staff and login settings off the FX thread; {@code onLoaded} runs after. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(progress -> new Loaded(services.accounts().all(), services.staff().all(),
                        services.accounts().loginPolicy(), services.settings().settings().dateStyle(),
                        services.accounts().current().id()),
                loaded -> {
                    busy.set(false);
                    dateStyle = loaded.dateStyle();
                    currentId = loaded.currentId();
                    staffById.clear();
                    loaded.staff().forEach(s -> staffById.put(s.id(), s));
                    Staff chosen = staff.get();
                    staffChoices.setAll(loaded.staff());
                    staff.set(chosen == null ? null : staffById.get(chosen.id()));
                    Long selectedId = selected.get() == null ? null : selected.get().id();
                    accounts.setAll(loaded.accounts());
                    selected.set(selectedId == null ? null : byId(selectedId));
                    maxAttempts.set(loaded.policy().maxAttempts());
                    lockMinutes.set(loaded.policy().lockMinutes());
                    idleMinutes.set(loaded.policy().idleMinutes());
                    onLoaded.run();
                },
                error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    private Account byId(long id) {
        return accounts.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    private void showSelected(Account account) {
        for (Role role : Role.values()) {
            selectedRoles.get(role).set(account != null && account.has(role));
        }
        selectedIsChangeable.set(account != null && account.isActive());
        selectedIsMe.set(account != null && account.id().equals(currentId));
    }

    // --- the table

    public String staffName(Account account) {
        Staff s = staffById.get(account.staffId());
        return s == null ? "" : s.name();
    }

    public String rolesText(Account account) {
        return Arrays.stream(Role.values()).filter(account::has).map(messages::label)
                .collect(Collectors.joining("・"));
    }

    public static State state(Account account) {
        if (!account.isActive()) {
            return State.REMOVED;
        }
        return account.mustChangePassword() ? State.TEMPORARY : State.ACTIVE;
    }

    public String stateText(Account account) {
        return messages.get("accounts.state." + state(account).name());
    }

    public String createdText(Account account) {
        return account.createdAt() == null ? "" : dateStyle.format(LocalDate.ofInstant(account.createdAt(), zone));
    }

    /** The staff choice: 職員番号 and name. */
    public static String staffLabel(Staff s) {
        return s.staffNo() + " " + s.name();
    }

    // --- making an account

    /** Checks the form and makes the account off the FX thread; both arrays are wiped afterwards. */
    public void create(char[] password, char[] confirmation, Consumer<Account> onCreated, Consumer<Throwable> onFailure) {
        errors.values().forEach(message -> message.set(""));
        setStatus("", false);
        String user = userName.get() == null ? "" : userName.get().strip();
        Staff chosen = staff.get();
        Set<Role> chosenRoles = chosen(roles);
        List<FieldError> problems = new ArrayList<>(PasswordRules.checkUserName(user));
        if (chosen == null) {
            problems.add(FieldError.of(AccountField.STAFF, "validation.choose"));
        }
        if (chosenRoles.isEmpty()) {
            problems.add(FieldError.of(AccountField.ROLES, "validation.choose"));
        }
        problems.addAll(PasswordRules.checkNewPassword(user, password, confirmation));
        Arrays.fill(confirmation, '\0');
        if (!problems.isEmpty()) {
            Arrays.fill(password, '\0');
            showErrors(problems);
            setStatus(messages.get("accounts.createFailed"), true);
            return;
        }
        busy.set(true);
        UiTasks.start(progress -> {
            try {
                return services.accounts().create(user, chosen.id(), chosenRoles, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, created -> {
            busy.set(false);
            userName.set("");
            staff.set(null);
            roles.forEach((role, box) -> box.set(role == Role.CLERK));
            setStatus(messages.get("accounts.created", created.userName()), false);
            onCreated.accept(created);
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException invalid) {
                showErrors(invalid.errors());
                setStatus(messages.get("accounts.createFailed"), true);
            } else {
                failed(failure, onFailure);
            }
        });
    }

    private void showErrors(List<FieldError> problems) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldError problem : problems) {
            AccountField field = createField(problem.field());
            StringProperty message = errors.get(field);
            String text = ErrorMessages.describe(temporary(problem), messages);
            if (message == null) {
                elsewhere.add(text);
            } else {
                message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
            }
        }
        if (!elsewhere.isEmpty()) {
            setStatus(String.join("\n", elsewhere), true);
        }
    }

    /** A message about the new password names it 仮パスワード here: the person changes it at the first login. */
    private static FieldError temporary(FieldError problem) {
        return "NEW_PASSWORD".equals(problem.field()) || "PASSWORD".equals(problem.field())
                ? new FieldError(problem.field(), "accounts.temporary", problem.messageKey(), problem.args())
                : problem;
    }

    private static AccountField createField(String field) {
        return switch (field) {
            case "USER_NAME" -> AccountField.USER_NAME;
            case "STAFF" -> AccountField.STAFF;
            case "ROLES" -> AccountField.ROLES;
            case "PASSWORD", "NEW_PASSWORD" -> AccountField.NEW_PASSWORD;
            case "CONFIRM_PASSWORD" -> AccountField.CONFIRM_PASSWORD;
            default -> null;
        };
    }

    private static Set<Role> chosen(Map<Role, BooleanProperty> boxes) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (box.get()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    // --- changing the selected account

    public void changeRoles(Consumer<Throwable> onFailure) {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        Set<Role> chosenRoles = chosen(selectedRoles);
        if (chosenRoles.isEmpty()) {
            setStatus(messages.get("accounts.roles.none"), true);
            return;
        }
        run(() -> services.accounts().changeRoles(account.id(), chosenRoles),
                messages.get("accounts.roles.changed", account.userName()), onFailure);
    }

    /** Checks a temporary password for the selected account; messages for the dialog, empty when fine. */
    public List<String> checkTemporaryPassword(char[] password, char[] confirmation) {
        Account account = selected.get();
        return PasswordRules.checkNewPassword(account == null ? null : account.userName(), password, confirmation)
                .stream().map(e -> ErrorMessages.describe(temporary(e), messages)).toList();
    }

    public void resetPassword(char[] temporary, Consumer<Throwable> onFailure) {
        Account account = selected.get();
        if (account == null) {
            Arrays.fill(temporary, '\0');
            return;
        }
        run(() -> {
            try {
                services.accounts().resetPassword(account.id(), temporary);
            } finally {
                Arrays.fill(temporary, '\0');
            }
        }, messages.get("accounts.reset.done", account.userName()), onFailure);
    }

    public void remove(String reason, Consumer<Throwable> onFailure) {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        run(() -> services.accounts().remove(account.id(), reason),
                messages.get("accounts.remove.done", account.userName()), onFailure);
    }

    // --- login settings and recovery key

    public void savePolicy(Consumer<LoginPolicy> onSaved, Consumer<Throwable> onFailure) {
        LoginPolicy policy;
        try {
            policy = new LoginPolicy(maxAttempts.get(), lockMinutes.get(), idleMinutes.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            setStatus(messages.get("accounts.policy.invalid"), true);
            return;
        }
        busy.set(true);
        UiTasks.start(progress -> {
            services.accounts().saveLoginPolicy(policy);
            return policy;
        }, saved -> {
            busy.set(false);
            setStatus(messages.get("accounts.policy.saved"), false);
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            failed(failure, onFailure);
        });
    }

    public void newRecoveryKey(Consumer<String> onMade, Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(progress -> services.accounts().newRecoveryKey(), key -> {
            busy.set(false);
            setStatus(messages.get("accounts.recovery.done"), false);
            onMade.accept(key);
        }, failure -> {
            busy.set(false);
            failed(failure, onFailure);
        });
    }

    /** The organisation's name and today's date in its style, for the recovery key sheet. */
    public String organisationName() {
        return services.settings().settings().organisationName();
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    /** A change to the selected account off the FX thread, then the list is loaded again. */
    private void run(Runnable change, String doneText, Consumer<Throwable> onFailure) {
        setStatus("", false);
        busy.set(true);
        UiTasks.start(progress -> {
            change.run();
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            load(() -> setStatus(doneText, false), onFailure);
        }, failure -> {
            busy.set(false);
            failed(failure, onFailure);
        });
    }

    /** Rule breaks and missing rights are said beside the buttons; anything else goes to a message box. */
    private void failed(Throwable failure, Consumer<Throwable> onFailure) {
        if (failure instanceof ValidationException || failure instanceof SecurityException) {
            setStatus(ErrorMessages.describe(failure, messages), true);
        } else {
            setStatus(messages.get("accounts.error.failed"), true);
            onFailure.accept(failure);
        }
    }

    private void setStatus(String text, boolean error) {
        statusText.set(text);
        statusIsError.set(error);
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public ObjectProperty<Account> selected() {
        return selected;
    }

    public ReadOnlyBooleanProperty selectedIsChangeable() {
        return selectedIsChangeable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedIsMe() {
        return selectedIsMe.getReadOnlyProperty();
    }

    public BooleanProperty selectedRole(Role role) {
        return selectedRoles.get(role);
    }

    public StringProperty userName() {
        return userName;
    }

    public ObjectProperty<Staff> staff() {
        return staff;
    }

    public BooleanProperty role(Role role) {
        return roles.get(role);
    }

    public StringProperty error(AccountField field) {
        return errors.get(field);
    }

    public ObjectProperty<Integer> maxAttempts() {
        return maxAttempts;
    }

    public ObjectProperty<Integer> lockMinutes() {
        return lockMinutes;
    }

    public ObjectProperty<Integer> idleMinutes() {
        return idleMinutes;
    }

    public ReadOnlyStringProperty statusText() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsError() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
