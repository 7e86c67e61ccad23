/**
 * Operations: health and readiness, metrics, live reload of the profile.
 */
package dev.profilebot.ops;
