/**
 * The job-fit check: a job description split into requirements ({@link JobDescription}), each looked
 * up in the profile's own documents and structured facts ({@link JobMatcher}) and reported as met
 * (with a quotation and its source), partial or missing ({@link MatchReport}). Knows no chat platform
 * and needs no model or index: it reads the profile's passages and facts.
 */
package dev.profilebot.match;
