package org.inkstream.topology;

import org.inkstream.enrichment.StoryIndex;

/**
 * One LSH band of one article version, sent to the partition of its band value: "which article filed first near this
 * one shares your band value?".
 *
 * @param version the article version that asks (see {@link StoryNote#versionOf}), for matching the answer
 * @param entry the article version's fingerprint and time
 */
record StoryProbe(String version, StoryIndex.Entry entry) {}
