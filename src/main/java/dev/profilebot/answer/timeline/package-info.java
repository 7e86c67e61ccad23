/**
 * Questions about the career — the current role, a year, before or after a role, how long, the employers, education — answered from the structured profile ({@link dev.profilebot.answer.timeline.TimelineAnswerer}). Must not import retrieval or any chat platform.
 */
package dev.profilebot.answer.timeline;
