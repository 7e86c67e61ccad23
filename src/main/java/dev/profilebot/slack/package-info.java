/**
 * The Slack adapter: {@link dev.profilebot.slack.SlackBot} runs Bolt for Java over Socket Mode and
 * hands questions to the answer service; {@code SlackFormat} escapes text into mrkdwn and {@code
 * SlackReply} sends, updates and splits answers. The only package that imports Slack's SDK; it
 * shares the chat package's rate limiter, question policy, splitter and de-duplication with Discord.
 */
package dev.profilebot.slack;
