/**
 * The chaos suite: the pipeline as separate real processes ({@code inkstream enrich}, {@code inkstream sink}) on a
 * real broker process and a real Elasticsearch node, with {@link org.inkstream.chaos.ChaosMonkey} killing and
 * restarting them at random moments while pages stream in; at the end Elasticsearch must hold exactly the articles the
 * engine makes offline, and the dead-letter topics nothing.
 *
 * <p>Start at {@link org.inkstream.chaos.ChaosTest}. {@code ./mvnw -Pchaos verify} runs every case; the default build
 * runs only the untagged representative one. Each case prints its seed: {@code -Dinkstream.chaos.seed=N} replays it.
 *
 * <p>Why not {@code LocalStack.global()}: a case stops and restarts the broker and the node, which the other tests of
 * the JVM share; and the stage commands use the default topic and index names. So each case gets a {@link
 * org.inkstream.chaos.ChaosStack} of its own, closed at its end.
 */
package org.inkstream.chaos;
