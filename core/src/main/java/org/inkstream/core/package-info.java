/**
 * The record types that travel between Inkstream's stages, the names of the topics that carry them, and the one JSON
 * mapping they all share.
 *
 * <p>Start with {@link org.inkstream.core.Page} (what the producer sends) and {@link org.inkstream.core.Article} (what
 * the engine makes of it and the sink indexes). {@link org.inkstream.core.Topics} names every topic; {@link
 * org.inkstream.core.Json} is the single place that decides how a record looks on the wire: snake_case field names, ISO
 * dates, no nulls.
 */
package org.inkstream.core;
