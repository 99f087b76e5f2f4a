package org.inkstream.launcher.stack;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unprivileged system account that runs Elasticsearch when Inkstream runs as root: Elasticsearch refuses root ("can
 * not run elasticsearch as root"), and root is the usual user in containers and CI.
 */
final class ServiceUser {

  static final String NAME = "inkstream";

  private static final Logger log = LoggerFactory.getLogger(ServiceUser.class);

  private ServiceUser() {}

  /** Whether this process runs with effective user id 0. */
  static boolean isRoot() {
    return new UnixSystem().getUid() == 0;
  }

  /** Creates the account (system, no home, no login shell) unless it exists. */
  static void ensureExists() {
    if (run(List.of("id", "-u", NAME)) == 0) {
      return;
    }
    int status = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME));
    if (status != 0 && run(List.of("id", "-u", NAME)) != 0) {
      throw new IllegalStateException("cannot create system user " + NAME + " (useradd exited with " + status
          + "); create it yourself or run Inkstream as an ordinary user");
    }
    log.info("Created system user {} to run Elasticsearch, which refuses root", NAME);
  }

  /** Gives {@code root} and everything below it to the account. */
  static void chown(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
      UserPrincipal user = lookup.lookupPrincipalByName(NAME);
      GroupPrincipal group = lookup.lookupPrincipalByGroupName(NAME);
      for (Path path : (Iterable<Path>) paths::iterator) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(user);
        view.setGroup(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot give " + root + " to user " + NAME, e);
    }
  }

  /**
   * Whether every existing folder from the file system root down to {@code path} lets other users pass: under
   * {@code /root} (mode 700) the account could not reach the distribution or its data.
   */
  static boolean canTraverse(Path path) {
    for (Path folder = path.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
      if (!Files.exists(folder)) {
        continue;
      }
      try {
        if (!Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the permissions of " + folder, e);
      }
    }
    return true;
  }

  /** The command prefix that runs a program as the account; setpriv execs in place, so signals reach the program. */
  static List<String> commandPrefix() {
    return List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--");
  }

  private static int run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish within 30 s");
      }
      if (process.exitValue() != 0) {
        log.debug("{} exited with {}: {}", command, process.exitValue(), output.strip());
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
    }
  }
}
