/**
 * The Discord adapter on JDA: listeners, slash commands, lifecycle. The only package that imports JDA.
 */
package dev.profilebot.discord;
