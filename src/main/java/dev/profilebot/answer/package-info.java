/**
 * From a question to a reply: {@link dev.profilebot.answer.AnswerService} (cache, person and contact answers, the timeline, retrieval, the offline or model answerer, the privacy package's guard), conversation memory, prompts and fixed replies. Knows no chat platform.
 */
package dev.profilebot.answer;
