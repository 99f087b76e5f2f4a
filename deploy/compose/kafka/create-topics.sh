#!/usr/bin/env bash
# One-shot: creates Inkstream's topics (names as in core's Topics.defaults()) unless they exist, with the same
# settings as deploy/k8s/kafka-topics.yaml. Existing topics are left as they are.
set -euo pipefail
topics=/opt/kafka/bin/kafka-topics.sh
bootstrap="${BOOTSTRAP_SERVERS:?}"
partitions="${PARTITIONS:?}"
thirty_days_ms=2592000000

create() { # NAME PARTITIONS CONFIG...
  local name=$1 count=$2; shift 2
  local configs=()
  for c in "$@"; do configs+=(--config "$c"); done
  "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
    --partitions "$count" --replication-factor 3 "${configs[@]}"
}

# Latest version of every page, article and page report, kept forever by key: replayable into a new index.
create pages "$partitions" cleanup.policy=compact min.insync.replicas=2 max.message.bytes=8388608
create articles "$partitions" cleanup.policy=compact min.insync.replicas=2 max.message.bytes=8388608
create page-reports "$partitions" cleanup.policy=compact min.insync.replicas=2
# One record per edition (paper and date): pages received and missing, status; the latest by key.
create editions "$partitions" cleanup.policy=compact min.insync.replicas=2
# The alert rules: compacted, one partition, read whole by every enrich instance as a global table.
create alert-rules 1 cleanup.policy=compact min.insync.replicas=2
# Alerts (keyword rules that fired, late and incomplete editions), for the sink and the webhook: 30 days.
create alerts "$partitions" cleanup.policy=delete retention.ms=$thirty_days_ms min.insync.replicas=2
# Failures, for an operator to inspect and replay: 30 days.
create pages-dead-letter 1 cleanup.policy=delete retention.ms=$thirty_days_ms min.insync.replicas=2 max.message.bytes=8388608
create articles-dead-letter 1 cleanup.policy=delete retention.ms=$thirty_days_ms min.insync.replicas=2 max.message.bytes=8388608

"$topics" --bootstrap-server "$bootstrap" --list
