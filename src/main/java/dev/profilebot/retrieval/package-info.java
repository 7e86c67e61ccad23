/**
 * The index over the passages (embeddings and Lucene) and hybrid retrieval. Must not import answer, llm or any chat platform.
 */
package dev.profilebot.retrieval;
