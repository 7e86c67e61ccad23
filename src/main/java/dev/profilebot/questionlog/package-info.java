/**
 * The owner's loop: {@link dev.profilebot.questionlog.QuestionLog} records each answered question
 * (as the answer package's {@link dev.profilebot.answer.AnswerLog}), the messages that carried it
 * and the askers' votes, in an SQLite file migrated by Flyway; {@link
 * dev.profilebot.questionlog.QuestionReports} reads it back for the {@code report} command, the
 * owners' {@code /report} and their digest of questions the profile did not cover. Knows no chat
 * platform: adapters pass platform ids as text. Must not import the retrieval or profile packages.
 */
package dev.profilebot.questionlog;
