package org.inkstream.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM child process on this test's classpath, restartable with the same arguments, its output appended to one log
 * file per start. {@link #kill()} is {@code kill -9}: no shutdown hook, no flush, no goodbye to the group.
 */
final class ChildProcess implements AutoCloseable {

  private final String name;
  private final List<String> command;
  private final Path logDir;
  private Process process;
  private int starts;

  private ChildProcess(String name, List<String> command, Path logDir) {
    this.name = name;
    this.command = List.copyOf(command);
    this.logDir = logDir;
  }

  /** A JVM running {@code mainClass args} with {@code -Xmx}{@code heap}. */
  static ChildProcess java(String name, String heap, Path logDir, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+UseSerialGC"); // two cores shared by many JVMs: no parallel GC threads fighting
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return new ChildProcess(name, command, logDir);
  }

  synchronized ChildProcess start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is already running as pid " + process.pid());
    }
    starts++;
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + "-" + starts + ".log");
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
    return this;
  }

  /** SIGKILL, and waits until the process is gone. */
  synchronized void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
    }
  }

  /** SIGTERM, as an operator stops a service; SIGKILL after {@code seconds}. */
  synchronized void stop(int seconds) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      kill();
    }
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  String name() {
    return name;
  }

  int starts() {
    return starts;
  }

  @Override
  public synchronized void close() throws InterruptedException {
    if (alive()) {
      stop(20);
    }
  }
}
