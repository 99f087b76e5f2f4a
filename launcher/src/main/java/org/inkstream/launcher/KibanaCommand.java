package org.inkstream.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inkstream kibana import}: loads the newsroom dashboard, data views and keyword alert rules into Kibana. */
@Command(name = "kibana", mixinStandardHelpOptions = true, description = "Manage Inkstream's Kibana objects.",
    subcommands = {KibanaCommand.Import.class})
final class KibanaCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import the saved objects (kibana/inkstream.ndjson) and create or update the alert rules "
          + "(kibana/rules/*.json) through Kibana's APIs.")
  static final class Import implements Callable<Integer> {

    @Option(names = "--kibana-url", required = true, defaultValue = "${env:KIBANA_URL}",
        description = "Kibana's URL (env KIBANA_URL).")
    URI kibanaUrl;

    @Option(names = "--kibana-dir", paramLabel = "DIR",
        description = "Folder with inkstream.ndjson and rules/ (default: kibana/ beside inkstream.jar, or the "
            + "project's deploy/kibana).")
    Path kibanaDir;

    @Option(names = "--username", defaultValue = "${env:ELASTICSEARCH_USERNAME}",
        description = "User (env ELASTICSEARCH_USERNAME); the password comes from env ELASTICSEARCH_PASSWORD.")
    String username;

    @Option(names = "--ca-cert", defaultValue = "${env:ELASTICSEARCH_CA_CERT}", paramLabel = "PEM",
        description = "CA certificate to trust for an HTTPS Kibana (env ELASTICSEARCH_CA_CERT).")
    Path caCertificate;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = kibanaDir != null ? kibanaDir : KibanaImporter.defaultDirectory();
      KibanaImporter importer = new KibanaImporter(kibanaUrl,
          KibanaImporter.Auth.fromEnvironment(username, System.getenv()), caCertificate);
      List<String> done = importer.importAll(dir);
      done.forEach(out::println);
      out.flush();
      return 0;
    }
  }
}
