/**
 * Platform-neutral chat building blocks: message splitting, rate limits, duplicate deliveries, question policy.
 */
package dev.profilebot.chat;
