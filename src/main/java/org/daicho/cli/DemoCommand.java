package org.daicho.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.service.DataFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daicho demo}: makes a new data folder filled with the synthetic demo organisation, with the accounts
 * admin, kanri and tanto, all with the password from DAICHO_PASSWORD or --password-file.
 */
@Command(name = "demo", description = "Create a new data folder with a synthetic demo organisation "
        + "(default: the demo folder beside the normal data folder) and the accounts admin, kanri and tanto, "
        + "all with the password from DAICHO_PASSWORD or --password-file")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    DaichoCommand root;

    @Override
    public Integer call() {
        Messages messages = root.options().messages();
        Path folder = root.options().dataDir != null ? root.options().dataDir
                : DataFolders.demoFolder(DataFolders.defaultFolder());
        char[] password = root.password();
        try (DaichoServices services = DaichoServices.createDemo(folder, password, root.clock(),
                KeyDerivation.PRODUCTION).services()) {
            int staff = services.staff().all().size();
            int assets = services.ledger().entries().size();
            System.out.println(messages.get("cli.demo.done", folder.toAbsolutePath(), staff, assets,
                    String.join(", ", DaichoServices.DEMO_ACCOUNTS)));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return 0;
    }
}
