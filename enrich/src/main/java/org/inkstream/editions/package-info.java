/**
 * Edition tracking, plain Java: the papers file ({@link org.inkstream.editions.Papers}, one {@link
 * org.inkstream.editions.Paper} each), and the rules that turn page arrivals and the clock into edition statuses
 * ({@link org.inkstream.editions.EditionTracker}, start there) and alerts ({@link
 * org.inkstream.editions.EditionAlerts}). The topology's {@code TrackEditions} step keeps the editions in a store and
 * calls these. Format and statuses: docs/editions.md.
 */
package org.inkstream.editions;
