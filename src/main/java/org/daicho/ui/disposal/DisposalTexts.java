package org.daicho.ui.disposal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.daicho.domain.Asset;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalAssessment;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalRules;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.DateTimeText;

/** How the disposal screens put a record into words: its assets, its method, its people, file sizes. */
final class DisposalTexts {

    /** The 管理番号 a table cell names before it says 「ほか n 件」. */
    private static final int NUMBERS_SHOWN = 2;

    private DisposalTexts() {
    }

    /**
     * Adds to {@code lines} what the assets' classes say of the method (the form's hints and the execution's
     * requirements alike): マイナンバー (the asset that holds it or sits in its zone: destroy only), else 機密性3 when
     * the settings say destroy only; from 機密性2, no reinstall or quick format, and no Clear where the settings say so.
     */
    static void methodRules(List<String> lines, List<Asset> assets, DisposalAssessment needs, DisposalPolicy policy,
            Messages messages) {
        Optional<Asset> myNumber = DisposalRules.myNumberAsset(assets);
        if (myNumber.isPresent()) {
            lines.add(messages.get(myNumber.get().personalInfo() == PersonalInfoKind.MY_NUMBER
                    ? "disposal.ui.rule.myNumber" : "disposal.ui.rule.myNumberZone", myNumber.get().assetNo()));
        } else if (needs.destroyOnly()) {
            lines.add(messages.get("disposal.ui.rule.destroyConfidential3"));
        }
        if (needs.highestConfidentiality() >= 2) {
            lines.add(messages.get("disposal.ui.rule.confidential"));
            if (policy.noClearForConfidential()) {
                lines.add(messages.get("disposal.ui.rule.noClear"));
            }
        }
    }

    /** 「PC-0001 試験用ノートPC」 for one asset; 「USB-0001、USB-0002 ほか 18 件（計 20 件）」 for many. */
    static String target(DisposalEntry entry, Messages messages) {
        List<Asset> assets = entry.assets();
        if (assets.isEmpty()) {
            return "";
        }
        if (assets.size() == 1) {
            return assets.get(0).assetNo() + " " + assets.get(0).name();
        }
        String numbers = assets.stream().limit(NUMBERS_SHOWN).map(Asset::assetNo).collect(Collectors.joining("、"));
        if (assets.size() <= NUMBERS_SHOWN) {
            return messages.get("disposal.ui.target.few", numbers, assets.size());
        }
        return messages.get("disposal.ui.target.many", numbers, assets.size() - NUMBERS_SHOWN, assets.size());
    }

    /** Every asset on a line of its own: 管理番号, 名称, 機密性, 個人情報. */
    static String assetLines(DisposalEntry entry, Messages messages) {
        return entry.assets().stream().map(a -> messages.get("disposal.ui.assetLine", a.assetNo(), a.name(),
                a.classes().confidentiality(), messages.label(a.personalInfo()))).collect(Collectors.joining("\n"));
    }

    /** 「上書き消去（Purge）」: the technique, and the NIST SP 800-88 method it is recorded under, by its own name. */
    static String method(SanitisationMethod method, SanitisationTechnique technique, Messages messages) {
        if (method == null && technique == null) {
            return "";
        }
        if (technique == null) {
            return messages.label(method);
        }
        if (method == null) {
            return messages.label(technique);
        }
        return messages.get("disposal.ui.methodText", messages.label(technique), nist(method));
    }

    /** Clear, Purge or Destroy: the names NIST SP 800-88 gives them, the same in every language. */
    static String nist(SanitisationMethod method) {
        String name = method.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** What was done when done; otherwise what is planned, marked 予定. */
    static String methodOf(DisposalRecord r, Messages messages) {
        DisposalExecution e = r.execution();
        if (e != null) {
            return method(e.method(), e.technique(), messages);
        }
        String planned = method(r.application().plannedMethod(), r.application().plannedTechnique(), messages);
        return planned.isEmpty() || r.status().isFinal() ? planned : messages.get("disposal.ui.planned", planned);
    }

    /** 許可者 with 紙決裁 and the date on the paper, or the time of the decision in the app. */
    static String decision(DisposalEntry entry, DateStyle style, Messages messages) {
        DisposalDecision d = entry.record().decision();
        if (d == null) {
            return "";
        }
        String who = (entry.approverSectionName() + " " + entry.approverName()).strip();
        if (d.paperApproval()) {
            return messages.get("disposal.ui.decision.paperText", who, style.format(d.paperDecidedOn()),
                    DateTimeText.formatSeconds(d.decidedAt(), style));
        }
        return messages.get("disposal.ui.decision.appText", who, DateTimeText.formatSeconds(d.decidedAt(), style));
    }

    /** 「12.3 KB（12,595 バイト）」. */
    static String size(long bytes, Messages messages) {
        String unit;
        if (bytes < 1024L * 1024) {
            unit = String.format("%.1f KB", bytes / 1024.0);
        } else {
            unit = String.format("%.1f MB", bytes / (1024.0 * 1024));
        }
        return messages.get("disposal.ui.size", unit, String.format("%,d", bytes));
    }

    /** The status, with 紙決裁 when permission was recorded from paper. */
    static String status(DisposalRecord r, Messages messages) {
        String label = messages.label(r.status());
        if (r.status() == DisposalStatus.APPROVED && r.decision() != null && r.decision().paperApproval()) {
            return messages.get("disposal.ui.status.paper", label);
        }
        return label;
    }
}
