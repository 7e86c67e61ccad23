package dev.profilebot;

import dev.profilebot.cli.Cli;

/** Entry point: runs the command line and exits with its status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.getenv(), System.in, System.out, System.err));
    }
}
