package dev.parley.curator;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code --hash-password}: reads a password from standard input and prints only its bcrypt hash, for
 * {@code parley.curators[i].password-hash}. Runs before (and without) Spring, like {@code --validate}.
 *
 * <p>On a terminal the password is read without echo; otherwise (a pipe, a file, a build tool) one line of standard
 * input is read, so {@code printf '%s\n' "$PW" | java -jar parley.jar --hash-password} works in scripts. Messages
 * and the prompt go to standard error, so standard output holds the hash alone.
 */
public final class HashPasswordCommand {
    /** The command-line flag that selects this command. */
    public static final String FLAG = "--hash-password";

    /** The shortest password accepted: long enough that the lock-out and bcrypt make guessing it hopeless. */
    public static final int MIN_LENGTH = 12;

    /** bcrypt's work factor: about a quarter of a second per check on a current core. */
    static final int COST = 12;

    /** bcrypt reads at most 72 bytes; a longer password would silently mean its first 72 bytes. */
    static final int MAX_BYTES = 72;

    private HashPasswordCommand() {}

    /**
     * Reads the password from the console when there is a terminal, else one line of {@code in}, and prints its
     * hash to {@code out}.
     *
     * @return 0 with the hash printed, 1 when the password was refused (the reason on {@code err}), 2 when the
     *     arguments are wrong
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 1 || !FLAG.equals(args[0])) {
            err.println("usage: parley --hash-password   (reads the password from standard input)");
            return 2;
        }
        Optional<char[]> password = terminal().map(HashPasswordCommand::readHidden);
        if (password.isEmpty()) {
            password = readLine(in, err);
        }
        return password.map(chars -> hash(chars, out, err)).orElse(1);
    }

    /** Hashes a password read by the caller, or says on {@code err} why it is refused. */
    static int hash(char[] password, PrintStream out, PrintStream err) {
        try {
            String text = new String(password);
            if (text.isBlank()) {
                err.println("no password given: type one, or pipe one line into the command");
                return 1;
            }
            if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
                err.println("too short: a curator password needs at least " + MIN_LENGTH + " characters");
                return 1;
            }
            if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                err.println("too long: bcrypt uses at most " + MAX_BYTES + " bytes (UTF-8) of a password");
                return 1;
            }
            out.println(new BCryptPasswordEncoder(COST).encode(text));
            out.flush();
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Optional<char[]> readLine(InputStream in, PrintStream err) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return Optional.of(line == null ? new char[0] : line.toCharArray());
        } catch (IOException e) {
            err.println("could not read standard input: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static char[] readHidden(Console console) {
        System.err.print("Password (not shown): ");
        System.err.flush();
        char[] read = console.readPassword();
        return read == null ? new char[0] : read;
    }

    /**
     * The console, only when standard input really is a terminal. Since JDK 22 {@link System#console()} also
     * answers for redirected input; {@code Console.isTerminal()} (JDK 22) tells the two apart and is looked up by
     * name because Parley compiles for Java 21, where a console always means a terminal.
     */
    private static Optional<Console> terminal() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        try {
            Object terminal = Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal) ? Optional.of(console) : Optional.empty();
        } catch (ReflectiveOperationException olderJdk) {
            return Optional.of(console);
        }
    }
}
