package org.daicho.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daicho recover --user ADMIN}: when no administrator can log in, the recovery key (printed at first
 * start and kept in the safe) opens the store and gives the administrator a new password.
 */
@Command(name = "recover", description = "Open the store with the recovery key (DAICHO_RECOVERY_KEY or "
        + "--recovery-key-file) and give the administrator --user the new password from DAICHO_PASSWORD or --password-file")
final class RecoverCommand implements Callable<Integer> {

    @ParentCommand
    DaichoCommand root;

    @Option(names = "--recovery-key-file", paramLabel = "FILE", description = "File whose first line is the recovery key")
    Path recoveryKeyFile;

    @Override
    public Integer call() throws IOException {
        Messages messages = root.options().messages();
        String admin = root.options().user().orElseThrow(() -> new CliException("cli.error.noUser"));
        String recoveryKey = recoveryKeyFile != null
                ? Files.readAllLines(recoveryKeyFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                : System.getenv("DAICHO_RECOVERY_KEY");
        if (recoveryKey == null || recoveryKey.isBlank()) {
            throw new CliException("cli.error.noRecoveryKey");
        }
        char[] password = root.password();
        try (DaichoServices services = DaichoServices.recover(root.dataDir(), recoveryKey, admin, password,
                root.clock()).services()) {
            System.out.println(messages.get("cli.recover.done", admin));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return 0;
    }
}
