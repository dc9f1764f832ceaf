package org.daicho.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.daicho.i18n.Messages;
import org.daicho.service.ExportProtection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --encrypt} and {@code --export-password-file FILE}, shared by every export: the workbook is written as a
 * password-encrypted .xlsx (policy 2.3(2)⑦⑨: 機密性2+ data leaving the office is encrypted). Like the login password,
 * the export password is never an argument (it would show in the process list and the shell history): it comes from
 * the file's first line or from {@value #ENVIRONMENT_VARIABLE}, and is never printed.
 */
final class EncryptOption {

    static final String ENVIRONMENT_VARIABLE = "DAICHO_EXPORT_PASSWORD";

    /** Where the variable is read; tests give a variable without changing the process's environment. */
    static UnaryOperator<String> environment = System::getenv;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--encrypt", description = "Write a password-encrypted .xlsx (AES-256); the password comes from "
            + "--export-password-file or the environment variable " + ENVIRONMENT_VARIABLE)
    boolean encrypt;

    @Option(names = "--export-password-file", paramLabel = "FILE",
            description = "File whose first line is the export's password (implies --encrypt)")
    Path passwordFile;

    /** Whether the export is encrypted: {@code --encrypt}, or a password file given. */
    boolean encrypted() {
        return encrypt || passwordFile != null;
    }

    /**
     * The protection asked for: plain, or encrypted with the password from the file or the environment. Call it before
     * the store is opened, so that a missing password stops the command at once; clear it after the export.
     *
     * @throws ParameterException (exit 2, a usage error) when the password is missing, or the file is missing or empty
     */
    ExportProtection protection() {
        if (!encrypted()) {
            return ExportProtection.NONE;
        }
        char[] password = passwordFile != null ? fromFile() : fromEnvironment();
        try {
            if (password.length < ExportProtection.MIN_PASSWORD_LENGTH) {
                throw usage("cli.encrypt.error.short", ExportProtection.MIN_PASSWORD_LENGTH, passwordFile != null
                        ? "--export-password-file " + passwordFile.toAbsolutePath() : ENVIRONMENT_VARIABLE);
            }
            return ExportProtection.withPassword(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] fromFile() {
        List<String> lines;
        try {
            lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw usage("cli.encrypt.error.unreadable", passwordFile.toAbsolutePath());
        }
        // Notepad saves UTF-8 with a byte-order mark; it is not part of the password
        String first = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^\uFEFF", "");
        if (first.isEmpty()) {
            throw usage("cli.encrypt.error.empty", passwordFile.toAbsolutePath());
        }
        return first.toCharArray();
    }

    private char[] fromEnvironment() {
        String value = environment.apply(ENVIRONMENT_VARIABLE);
        if (value == null || value.isEmpty()) {
            throw usage("cli.encrypt.error.noPassword", ENVIRONMENT_VARIABLE);
        }
        return value.toCharArray();
    }

    /** After the line naming the file: that it is encrypted, and how to pass the password on (never the password). */
    void printNote(Messages messages) {
        if (encrypted()) {
            System.out.println(messages.get("cli.encrypt.done"));
        }
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(command.commandLine(), "daicho: " + messages().get(key, args));
    }

    private Messages messages() {
        return command.root().userObject() instanceof DaichoCommand root ? root.options().messages()
                : Messages.japanese();
    }
}
