/**
 * A real Kafka broker and a real Elasticsearch node started by Inkstream itself, for {@code inkstream demo} and for
 * tests, with no Docker and nothing to install.
 *
 * <p>Start with {@link org.inkstream.launcher.stack.LocalStack#global()} in tests (one broker and one node per JVM).
 * {@link org.inkstream.launcher.stack.EmbeddedKafka} runs a KRaft broker inside this JVM; {@link
 * org.inkstream.launcher.stack.EmbeddedElasticsearch} runs the Elasticsearch distribution that the build copies from
 * Maven Central as a child process, under an unprivileged user when this JVM runs as root.
 */
package org.inkstream.launcher.stack;
