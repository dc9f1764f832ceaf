package org.daicho.ui.setup;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.FieldRows;

/** The first start: asks for the organisation, its sections and the approval titles, or offers the demo. */
public final class SetupView extends VBox {

    public SetupView(Messages messages, Path dataDir, BiConsumer<Path, OrganisationSetup> onCreate, Runnable onDemo) {
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
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("setup.field.ORGANISATION_NAME"), organisation, model.error(OrganisationSetup.Field.ORGANISATION_NAME), true);
        rows.add(messages.get("setup.field.SECTIONS"), sections, model.error(OrganisationSetup.Field.SECTIONS), true);
        rows.add(messages.get("setup.field.APPROVAL_TITLES"), titles, model.error(OrganisationSetup.Field.APPROVAL_TITLES), true);

        Button start = new Button(messages.get("setup.start"));
        start.setId("startButton");
        start.setDefaultButton(true);
        start.setOnAction(event -> {
            OrganisationSetup answers = model.validated();
            if (answers != null) {
                onCreate.accept(dataDir, answers);
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
}
