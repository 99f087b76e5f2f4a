/**
 * The {@code inkstream} command: one picocli command per job ({@code demo}, {@code split}, {@code eval},
 * {@code ingest}, {@code enrich}, {@code sink}), wired with plain {@code new}, no framework.
 *
 * <p>Start with {@link org.inkstream.launcher.Inkstream}, which lists the subcommands; {@link
 * org.inkstream.launcher.DemoCommand} runs the whole pipeline on the embedded stack.
 */
package org.inkstream.launcher;
