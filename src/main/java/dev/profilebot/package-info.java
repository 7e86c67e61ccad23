/**
 * The composition root ({@link dev.profilebot.Application}) and the entry point. Data flows one way: documents → passages and the structured profile → index → retrieval → answer → chat platform.
 */
package dev.profilebot;
