/**
 * The answering model behind a small type: provider choice to LangChain4j clients, retry and circuit breaker. Knows no chat platform.
 */
package dev.profilebot.llm;
