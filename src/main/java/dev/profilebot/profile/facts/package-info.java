/**
 * The structured profile read from the documents: identity (name, pronouns, headline), roles with their dates, education and skills, each fact with the document and section it came from ({@link dev.profilebot.profile.facts.StructuredProfileReader}). Must not import retrieval, answer, llm or any chat platform.
 */
package dev.profilebot.profile.facts;
