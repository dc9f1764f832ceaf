package org.daicho.ui.setup;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.FirstAdministrator;
import org.daicho.ui.common.FieldRows;

/** The first start: asks for the organisation, its sections and the approval titles, or offers the demo. */
public final class SetupView extends VBox {

    /** What 始める does with complete answers: make the store with its first システム管理者. */
    @FunctionalInterface
    public interface CreateAction {
        void create(Path dataDir, OrganisationSetup setup, FirstAdministrator administrator);
    }

    public SetupView(Messages messages, Path dataDir, CreateAction onCreate, Runnable onDemo) {
        SetupViewModel model = new SetupViewModel(messages);
        getStyleClass().add("setup-view");
        setPadding(new Insets(40, 60, 40, 60));
        setSpacing(14);
        setMaxWidth(760);

        Label title = new Label(messages.get("setup.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(messages.get("setup.intro"));
        intro.setWrapText(true);
        Label folder = new Label(messages.get("setup.dataDir", dataDir.toAbsolutePath()));
        folder.getStyleClass().add("text-muted");
        folder.setWrapText(true);

        TextField organisation = new TextField();
        organisation.setId("organisationField");
        organisation.setPromptText(messages.get("setup.organisation.prompt"));
        organisation.textProperty().bindBidirectional(model.organisationName());
        TextArea sections = new TextArea();
        sections.setId("sectionsField");
        sections.setPromptText(messages.get("setup.sections.prompt"));
        sections.setPrefRowCount(4);
        sections.textProperty().bindBidirectional(model.sections());
        TextField titles = new TextField();
        titles.setId("approvalTitlesField");
        titles.textProperty().bindBidirectional(model.approvalTitles());

        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(150);
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("setup.field.ORGANISATION_NAME"), organisation, model.error(OrganisationSetup.Field.ORGANISATION_NAME), true);
        rows.add(messages.get("setup.field.SECTIONS"), sections, model.error(OrganisationSetup.Field.SECTIONS), true);
        rows.add(messages.get("setup.field.APPROVAL_TITLES"), titles, model.error(OrganisationSetup.Field.APPROVAL_TITLES), true);

        // the first システム管理者: a staff member of the first section, and the account that logs in
        rows.heading(messages.get("accounts.setup.heading"));
        Label adminHint = new Label(messages.get("accounts.setup.hint"));
        adminHint.getStyleClass().add("text-muted");
        adminHint.setWrapText(true);
        rows.add("", adminHint, null, false);
        TextField adminStaffNo = adminField("adminStaffNoField", model.adminStaffNo());
        TextField adminName = adminField("adminNameField", model.adminName());
        TextField adminKana = adminField("adminKanaField", model.adminKana());
        adminKana.setPromptText(messages.get("staff.form.kanaHint"));
        TextField adminUser = adminField("adminUserField", model.adminUser());
        adminUser.setPromptText(messages.get("accounts.user.prompt"));
        PasswordField adminPassword = new PasswordField();
        adminPassword.setId("adminPasswordField");
        PasswordField adminConfirm = new PasswordField();
        adminConfirm.setId("adminConfirmField");
        Label passwordRules = new Label(messages.get("password.rules"));
        passwordRules.getStyleClass().addAll("text-muted", "text-small");
        passwordRules.setWrapText(true);
        rows.add(messages.get("staff.field.STAFF_NO"), adminStaffNo, model.error(SetupViewModel.AdminField.STAFF_NO), true);
        rows.add(messages.get("staff.field.NAME"), adminName, model.error(SetupViewModel.AdminField.NAME), true);
        rows.add(messages.get("staff.field.KANA"), adminKana, model.error(SetupViewModel.AdminField.KANA), true);
        rows.add(messages.get("account.field.USER_NAME"), adminUser, model.error(SetupViewModel.AdminField.USER_NAME), true);
        rows.add(messages.get("account.field.PASSWORD"), new VBox(4, adminPassword, passwordRules),
                model.error(SetupViewModel.AdminField.PASSWORD), true).setId("adminPasswordFieldError");
        rows.add(messages.get("password.confirm"), adminConfirm, model.error(SetupViewModel.AdminField.CONFIRM), true);

        Button start = new Button(messages.get("setup.start"));
        start.setId("startButton");
        start.setDefaultButton(true);
        start.setOnAction(event -> {
            OrganisationSetup answers = model.validated();
            FirstAdministrator administrator = model.administrator(adminPassword.getText().toCharArray(),
                    adminConfirm.getText().toCharArray());
            if (answers != null && administrator != null) {
                adminPassword.clear();
                adminConfirm.clear();
                onCreate.create(dataDir, answers, administrator);
            } else if (administrator != null) {
                java.util.Arrays.fill(administrator.password(), '\0');
            }
        });
        Label demoText = new Label(messages.get("setup.demo.text"));
        demoText.setWrapText(true);
        Button demo = new Button(messages.get("setup.demo"));
        demo.setId("demoButton");
        demo.setOnAction(event -> onDemo.run());
        HBox buttons = new HBox(12, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, intro, folder, grid, buttons, new Separator(), demoText, demo);
    }

    private static TextField adminField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
