/**
 * The command line (picocli): chat, serve, discord, ask, profile, eval, bench.
 */
package dev.profilebot.cli;
