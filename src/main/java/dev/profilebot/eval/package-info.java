/**
 * Question sets and corpora: reading them, running them through the answer service, scoring and reporting.
 */
package dev.profilebot.eval;
