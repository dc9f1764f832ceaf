package org.daicho.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.EvidenceCheck;
import org.daicho.service.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daicho verify}: checks the change history's hash chain and every record against it, as the
 * 改ざんチェック button does, and reads back every evidence file of the 廃棄記録 against the SHA-256 recorded when
 * it was attached. Exits 0 only when all is intact, {@value #EXIT_BROKEN} when something was changed outside the
 * app (policy 2.6.3(5)②).
 */
@Command(name = "verify", description = "Check the change history, the records and the disposal evidence files for "
        + "changes made outside the app (exit 0: intact, 3: not intact)")
final class VerifyCommand implements Callable<Integer> {

    static final int EXIT_BROKEN = 3;

    @ParentCommand
    DaichoCommand root;

    @Override
    public Integer call() {
        Messages messages = root.options().messages();
        try (DaichoServices services = root.login()) {
            VerifyResult result = services.history().verify();
            System.out.println(result.summary(messages));
            if (result.intact()) {
                System.out.println(result.head(messages));
            } else {
                System.out.println(result.firstBreak().orElseThrow().describe(messages));
            }
            boolean evidenceIntact = checkEvidence(services, messages);
            return result.intact() && evidenceIntact ? 0 : EXIT_BROKEN;
        }
    }

    /** One line for the evidence files (none when there are none), and one more for each that changed. */
    private static boolean checkEvidence(DaichoServices services, Messages messages) {
        List<EvidenceCheck> checks = services.disposal().checkAllEvidence();
        if (checks.isEmpty()) {
            return true;
        }
        List<EvidenceCheck> changed = checks.stream().filter(check -> !check.intact()).toList();
        if (changed.isEmpty()) {
            System.out.println(messages.get("verify.evidence.intact", checks.size()));
            return true;
        }
        System.out.println(messages.get("verify.evidence.broken", checks.size(), changed.size()));
        for (EvidenceCheck check : changed) {
            System.out.println(ExportCommand.evidenceChanged(check, messages));
        }
        return false;
    }
}
