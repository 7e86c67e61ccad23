package dev.profilebot;

import dev.profilebot.cli.Cli;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point: runs the command line and exits with its status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // answers hold "›" and names in any script: UTF-8 whatever the platform's default
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, System.getenv(), System.in, out, err));
    }
}
