package org.daicho.ui.login;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.daicho.domain.Role;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.Unlocked;

/**
 * The login screen: user name and password; a link to the recovery key form for when no administrator can
 * log in. With the demo organisation it also says which accounts and password the demo has.
 */
public final class LoginView extends StackPane {

    private final Messages messages;
    private final LoginViewModel model;
    private final Consumer<Unlocked> onUnlocked;
    private final Path dataDir;
    private final Clock clock;
    private final ScrollPane loginPane;
    private final TextField userField = new TextField();
    private final PasswordField passwordField = new PasswordField();

    public LoginView(Messages messages, Path dataDir, boolean demo, Clock clock, Consumer<Unlocked> onUnlocked) {
        this.messages = messages;
        this.dataDir = dataDir;
        this.clock = clock;
        this.onUnlocked = onUnlocked;
        this.model = new LoginViewModel(messages, dataDir, clock);
        getStyleClass().add("login-view");
        loginPane = centred(loginCard(demo), 440);
        getChildren().setAll(loginPane);
    }

    private VBox loginCard(boolean demo) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("title-1");
        Label subtitle = new Label(messages.get("login.title"));
        subtitle.getStyleClass().add("title-4");

        userField.setId("loginUserField");
        userField.setPromptText(messages.get("login.user.prompt"));
        userField.textProperty().bindBidirectional(model.userName());
        passwordField.setId("loginPasswordField");
        Label userLabel = fieldLabel(messages.get("login.user"), userField);
        Label passwordLabel = fieldLabel(messages.get("login.password"), passwordField);

        Label error = new Label();
        error.setId("loginError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());

        Button login = new Button(messages.get("login.button"));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.getStyleClass().add("accent");
        login.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(login, Priority.ALWAYS);
        login.disableProperty().bind(model.busy());
        login.setOnAction(event -> {
            char[] password = passwordField.getText().toCharArray();
            passwordField.clear();
            model.login(password, onUnlocked);
        });
        ProgressIndicator busy = busyIndicator("loginBusy");
        busy.visibleProperty().bind(model.busy());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox buttons = new HBox(10, login, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Hyperlink recover = new Hyperlink(messages.get("login.recover"));
        recover.setId("recoverLink");
        recover.setOnAction(event -> showRecovery());

        VBox card = new VBox(8, title, subtitle, spacer(6), userLabel, userField, passwordLabel, passwordField,
                error, spacer(4), buttons, recover);
        if (demo) {
            card.getChildren().add(demoHint());
        }
        Label folder = new Label(messages.get("login.dataDir", dataDir.toAbsolutePath()));
        folder.getStyleClass().addAll("text-muted", "text-small");
        folder.setWrapText(true);
        card.getChildren().add(folder);
        return card;
    }

    private Label demoHint() {
        String accounts = DaichoServices.DEMO_ACCOUNTS.stream()
                .map(name -> messages.get("login.demo.account", name, messages.label(demoRole(name))))
                .collect(Collectors.joining(" / "));
        // the password on a line of its own, easy to copy
        Label hint = new Label(messages.get("login.demo.hint", accounts, DaichoServices.DEMO_PASSWORD));
        hint.setId("demoAccountsHint");
        hint.getStyleClass().add("demo-hint");
        hint.setWrapText(true);
        return hint;
    }

    /** The demo's accounts in {@link DaichoServices#DEMO_ACCOUNTS} order: admin, kanri, tanto. */
    private static Role demoRole(String userName) {
        int index = DaichoServices.DEMO_ACCOUNTS.indexOf(userName);
        List<Role> roles = List.of(Role.ADMIN, Role.SECURITY_MANAGER, Role.CLERK);
        return index >= 0 && index < roles.size() ? roles.get(index) : Role.CLERK;
    }

    private void showRecovery() {
        RecoveryView recovery = new RecoveryView(messages, dataDir, clock, onUnlocked, this::showLogin);
        getChildren().setAll(centred(recovery, 600));
    }

    private void showLogin() {
        getChildren().setAll(loginPane);
        userField.requestFocus();
    }

    /** A card of {@code width} in the middle of the window, scrolling when the window is small. */
    public static ScrollPane centred(VBox card, double width) {
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        card.setMaxWidth(width);
        card.setPrefWidth(width);
        card.setFillWidth(true);
        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("login-backdrop");
        centre.setPadding(new Insets(40));
        StackPane.setAlignment(card, Pos.CENTER);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    static Label fieldLabel(String text, javafx.scene.Node input) {
        Label label = new Label(text);
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        return label;
    }

    static ProgressIndicator busyIndicator(String id) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId(id);
        busy.setPrefSize(22, 22);
        busy.setMaxSize(22, 22);
        return busy;
    }

    private static Region spacer(double height) {
        Region spacer = new Region();
        spacer.setMinHeight(height);
        return spacer;
    }

    /** Shows {@code action}'s screen instead of a one-line error when the store turns out to be damaged on login. */
    public void setOnStoreDamaged(Runnable action) {
        model.setOnStoreDamaged(action);
    }

    /** Puts the caret in the user name field (or the password field when a name is already there). */
    public void focus() {
        if (userField.getText().isEmpty()) {
            userField.requestFocus();
        } else {
            passwordField.requestFocus();
        }
    }

    LoginViewModel model() {
        return model;
    }
}
