package org.inkstream.launcher;

public final class Inkstream {
  public static void main(String[] args) {}
}
