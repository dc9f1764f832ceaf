package org.daicho.cli;

import java.util.concurrent.Callable;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daicho verify}: checks the change history's hash chain and every record against it, as the
 * 改ざんチェック button does. Exits 0 only when all is intact, {@value #EXIT_BROKEN} when something was
 * changed outside the app (policy 2.6.3(5)②).
 */
@Command(name = "verify", description = "Check the change history and the records for changes made outside the app "
        + "(exit 0: intact, 3: not intact)")
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
                return 0;
            }
            System.out.println(result.firstBreak().orElseThrow().describe(messages));
            return EXIT_BROKEN;
        }
    }
}
