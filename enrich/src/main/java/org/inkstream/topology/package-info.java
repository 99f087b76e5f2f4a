/**
 * The Kafka Streams topology that turns pages into articles.
 *
 * <p>Start with {@link org.inkstream.topology.EnrichTopology}: it reads top to bottom, one processor per concern
 * (parse, split, replace), with dead letters routed aside after every step that can fail. {@link
 * org.inkstream.topology.EnrichConfig} is the one typed place for its settings.
 */
package org.inkstream.topology;
