/**
 * Documents to passages: loaders per format (Markdown, plain text, Logseq), private details removed as the text is read (with the privacy package's redactor), passages cut along the structure, duplicates merged ({@link dev.profilebot.profile.ProfileIngestion}). Must not import retrieval, answer, llm or any chat platform.
 */
package dev.profilebot.profile;
