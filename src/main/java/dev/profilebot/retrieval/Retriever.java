package dev.profilebot.retrieval;

/** Finds what the profile says about a query; the answerers need nothing else from the index. */
@FunctionalInterface
public interface Retriever {
    Retrieval retrieve(Query query);
}
