#!/usr/bin/env bash
# One-shot, after Elasticsearch is healthy: sets the kibana_system password and creates the role and user the Inkstream
# sink writes with. Idempotent (every call overwrites), so it runs on every `docker compose up`.
set -euo pipefail
es=https://elasticsearch:9200
call() { # METHOD PATH JSON
  curl -fsS --cacert /certs/ca/ca.crt -u "elastic:${ELASTIC_PASSWORD}" -H 'Content-Type: application/json' \
    -X "$1" "$es$2" -d "$3" > /dev/null
}

echo "es-users: kibana_system password"
call POST /_security/user/kibana_system/_password "{\"password\":\"${KIBANA_PASSWORD}\"}"

# The sink installs its index templates, creates the monthly indices (articles-YYYY.MM, alerts-YYYY.MM, editions-YYYY.MM), moves the
# read aliases and writes documents: nothing outside those two index families.
echo "es-users: role inkstream_writer"
call PUT /_security/role/inkstream_writer '{
  "cluster": ["monitor", "manage_index_templates"],
  "indices": [{
    "names": ["articles*", "alerts*", "editions*"],
    "privileges": ["create_index", "manage", "write", "read", "view_index_metadata"]
  }]
}'

echo "es-users: user inkstream"
call POST /_security/user/inkstream "{\"password\":\"${INKSTREAM_ES_PASSWORD}\",\"roles\":[\"inkstream_writer\"],\"full_name\":\"Inkstream sink\"}"
echo "es-users: done"
