package org.daicho.ui.home;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.DisposalStatus;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.Navigator;

/**
 * ホーム: what needs the clerk's attention, each item one click from the records it counts. Later record
 * types (carry-out, disposal, training) add their items here.
 */
public final class HomeView extends ScrollPane {

    private final Messages messages;
    private final Navigator navigator;
    private final HomeViewModel model;
    private final Label heading = new Label();
    private final Label totals = new Label();
    private final VBox attentionList = new VBox(8);

    public HomeView(DaichoServices services, Messages messages, Navigator navigator) {
        this.messages = messages;
        this.navigator = navigator;
        this.model = new HomeViewModel(services);
        setFitToWidth(true);
        getStyleClass().add("home-view");

        heading.getStyleClass().add("title-2");
        heading.setId("homeHeading");
        totals.getStyleClass().add("text-muted");
        totals.setId("homeTotals");
        Label attentionTitle = new Label(messages.get("home.attention.title"));
        attentionTitle.getStyleClass().add("title-4");
        attentionList.setId("attentionList");

        Button assets = shortcut("homeOpenAssets", messages.get("nav.assets"), messages.get("home.shortcut.assets"),
                () -> navigator.showAssets(AssetFilter.ALL));
        Button staff = shortcut("homeOpenStaff", messages.get("nav.staff"), messages.get("home.shortcut.staff"),
                navigator::showStaff);
        Button carry = shortcut("homeOpenCarry", messages.get("carry.ui.nav"), messages.get("carry.ui.shortcut"),
                () -> navigator.showCarry(null));
        Button disposal = shortcut("homeOpenDisposal", messages.get("nav.disposal"),
                messages.get("home.disposal.shortcut"), () -> navigator.showDisposal(null));
                Button training = shortcut("homeOpenTraining", messages.get("nav.training"),
                messages.get("home.training.shortcut"), () -> navigator.showTraining(null));
        FlowPane shortcuts = new FlowPane(12, 12, assets, carry, disposal, training, staff);
        Label shortcutsTitle = new Label(messages.get("home.shortcuts.title"));
        shortcutsTitle.getStyleClass().add("title-4");

        VBox content = new VBox(14, heading, totals, attentionTitle, attentionList, shortcutsTitle, shortcuts);
        content.setPadding(new Insets(24));
        setContent(content);
        model.summary().addListener((obs, old, now) -> show(now));
    }

    private Button shortcut(String id, String title, String text, Runnable action) {
        Button button = new Button(title + "\n" + text);
        button.setId(id);
        button.getStyleClass().add("shortcut-card");
        button.setWrapText(true);
        button.setPrefSize(260, 80);
        button.setOnAction(event -> action.run());
        return button;
    }

    public void refresh() {
        model.refresh(error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(), messages,
                ErrorMessages.describe(error, messages)));
    }

    private void show(HomeViewModel.Summary summary) {
        heading.setText(messages.get("home.heading", summary.settings().organisationName(),
                summary.fiscalYear().label(summary.settings().dateStyle())));
        totals.setText(messages.get("home.totals", summary.activeAssets(), summary.assets(), summary.activeStaff()));
        attentionList.getChildren().clear();
        boolean any = false;
        for (Map.Entry<AttentionKind, Integer> item : summary.attention().entrySet()) {
            if (item.getValue() == 0) {
                continue;
            }
            any = true;
            attentionList.getChildren().add(attentionRow(item.getKey(), item.getValue()));
        }
        // 持出・持込: overdue returns, and applications waiting for the 情報セキュリティ管理者
        if (summary.carry().overdue() > 0) {
            any = true;
            attentionList.getChildren().add(row("attention-carry-OVERDUE", summary.carry().overdue(),
                    "carry.attention.OVERDUE", () -> navigator.showCarry(CarryFilter.overdue())));
        }
        if (summary.carry().waitingForPermission() > 0) {
            any = true;
            attentionList.getChildren().add(row("attention-carry-WAITING", summary.carry().waitingForPermission(),
                    "carry.attention.WAITING", () -> navigator.showCarry(CarryFilter.status(CarryStatus.REQUESTED))));
        }
        // 廃棄記録: applications waiting for the 情報セキュリティ管理者, and permitted ones not yet carried out
        if (summary.disposal().waitingForPermission() > 0) {
            any = true;
            attentionList.getChildren().add(row("attention-disposal-WAITING", summary.disposal().waitingForPermission(),
                    "home.disposal.WAITING", () -> navigator.showDisposal(status(DisposalStatus.REQUESTED))));
        }
        if (summary.disposal().permittedNotDone() > 0) {
            any = true;
            attentionList.getChildren().add(row("attention-disposal-PERMITTED", summary.disposal().permittedNotDone(),
                    "home.disposal.PERMITTED", () -> navigator.showDisposal(status(DisposalStatus.APPROVED))));
        }
        // 研修 (policy 2.5.2, 2.5.1(2)②): this 年度's untrained staff, new hires, missing 同意書
        var training = summary.training();
        String year = training.year().label(summary.settings().dateStyle());
        any |= trainingRow("attention-training-UNTRAINED", training.untrained(), "home.training.untrained", year,
                Navigator.TrainingList.UNTRAINED);
        any |= trainingRow("attention-training-NEW_HIRES", training.newHiresUntrained(),
                "home.training.newHiresUntrained", year, Navigator.TrainingList.NEW_HIRES_UNTRAINED);
        any |= trainingRow("attention-training-CONSENT", training.consentMissing(), "home.training.consentMissing",
                year, Navigator.TrainingList.CONSENT_MISSING);
        if (!any) {
            Label allClear = new Label(messages.get("home.attention.none"));
            allClear.setId("attentionNone");
            attentionList.getChildren().add(allClear);
        }
    }

    private static DisposalFilter status(DisposalStatus status) {
        return new DisposalFilter(null, null, status, "");
    }

    private boolean trainingRow(String id, int count, String textKey, String year, Navigator.TrainingList list) {
        if (count == 0) {
            return false;
        }
        // the 年度 in the item's text: 令和8年度にまだ研修を受けていない職員
        attentionList.getChildren().add(row(id, count, messages.get(textKey, year), messages.get(textKey + ".hint"),
                () -> navigator.showTraining(list)));
        return true;
    }

    private HBox attentionRow(AttentionKind kind, int count) {
        return row("attention-" + kind.name(), count, "home.attention." + kind.name(),
                () -> navigator.showAssets(AssetFilter.attention(kind)));
    }

    private HBox row(String id, int count, String textKey, Runnable open) {
        return row(id, count, messages.get(textKey), messages.get(textKey + ".hint"), open);
    }

    private HBox row(String id, int count, String textValue, String hintValue, Runnable open) {
        Label countLabel = new Label(messages.get("home.attention.count", count));
        countLabel.getStyleClass().add("attention-count");
        Label text = new Label(textValue);
        text.setWrapText(true);
        Label hint = new Label(hintValue);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        VBox texts = new VBox(2, text, hint);
        Button button = new Button(messages.get("home.attention.open"));
        button.setId(id);
        button.setOnAction(event -> open.run());
        HBox row = new HBox(14, countLabel, texts, button);
        HBox.setHgrow(texts, javafx.scene.layout.Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("attention-row");
        row.setPadding(new Insets(10, 14, 10, 14));
        return row;
    }
}
