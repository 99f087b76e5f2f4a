# The one Inkstream image: every stage is the same jar with a different command.
#
#   ./mvnw -B -DskipTests package            # builds launcher/target/inkstream.jar and launcher/target/lib/
#   docker build -t inkstream:0.1.0 .
#   docker run --rm inkstream:0.1.0 help
#   docker run -e KAFKA_BOOTSTRAP_SERVERS=kafka:9092 -v $PWD/inbox:/inbox inkstream:0.1.0 ingest --watch /inbox
#
# The image copies the distribution Maven built instead of building inside Docker: the build needs Maven Central and
# the embedded-stack Elasticsearch zip (only for tests), and CI already has both. See deploy/README.md.
FROM eclipse-temurin:17-jre

# curl is for the HEALTHCHECK below (the Temurin base does not promise to ship it).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed non-root uid, so that volumes (Streams state, the inbox) can be prepared with matching ownership and
# Kubernetes' runAsNonRoot check can verify it.
RUN groupadd --system --gid 10001 inkstream \
 && useradd --system --uid 10001 --gid inkstream --home-dir /var/lib/inkstream --shell /usr/sbin/nologin inkstream \
 && mkdir -p /opt/inkstream /var/lib/inkstream /inbox \
 && chown inkstream:inkstream /var/lib/inkstream /inbox

# Libraries first: they change less often than our own jar, so this layer is usually cached.
COPY launcher/target/lib/ /opt/inkstream/lib/
COPY launcher/target/inkstream.jar /opt/inkstream/inkstream.jar
# Kibana saved objects and alerting rules, for `inkstream kibana import`.
COPY deploy/kibana/ /opt/inkstream/kibana/

USER 10001:10001
WORKDIR /var/lib/inkstream

# The runtime contract (deploy/README.md). Defaults only; Compose and Kubernetes set the rest.
ENV INKSTREAM_HTTP_PORT=8080 \
    INKSTREAM_DATA_DIR=/var/lib/inkstream \
    INKSTREAM_ES_ANALYZER=standard \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# Streams state (RocksDB) and the ingest ledger live in INKSTREAM_DATA_DIR: mount a volume there to keep them across
# restarts (no VOLUME instruction: it would leave an anonymous volume behind every one-shot run such as kibana import).
EXPOSE 8080

# Liveness only: a live process that is not ready yet (Kafka down, Streams rebalancing) must not be restarted.
# Orchestrators that distinguish readiness probe /health/ready themselves (deploy/k8s).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${INKSTREAM_HTTP_PORT}/health/live" > /dev/null || exit 1

# sh -c so that JAVA_OPTS is split into options; exec so that java is PID 1 and receives SIGTERM (Streams closes
# cleanly and commits). The trailing "inkstream" is $0; the container's command becomes "$@".
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/inkstream/inkstream.jar \"$@\"", "inkstream"]
CMD ["help"]
