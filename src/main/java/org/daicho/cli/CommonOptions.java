package org.daicho.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.daicho.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * Options every command shares. The password is never an argument (it would show in the process list
 * and the shell history): it comes from DAICHO_PASSWORD or a file (policy 2.6.2(5)①).
 */
public final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (default: the user's application data folder)")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of messages and forms (default: from the OS)")
    String language;

    @Option(names = "--user", paramLabel = "NAME", description = "Account name (or the environment variable DAICHO_USER)")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password (or DAICHO_PASSWORD)")
    Path passwordFile;

    @Option(names = "--verbose", description = "Print stack traces and debug logs")
    boolean verbose;

    public Messages messages() {
        return Messages.forLanguage(language);
    }

    public Optional<String> user() {
        return Optional.ofNullable(user != null ? user : System.getenv("DAICHO_USER"));
    }

    /** The password from --password-file or DAICHO_PASSWORD; accounts use it from the accounts issue on. */
    public Optional<char[]> password() throws IOException {
        if (passwordFile != null) {
            String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return Optional.of(first.toCharArray());
        }
        String fromEnvironment = System.getenv("DAICHO_PASSWORD");
        return Optional.ofNullable(fromEnvironment).map(String::toCharArray);
    }
}
