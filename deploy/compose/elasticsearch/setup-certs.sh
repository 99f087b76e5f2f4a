#!/usr/bin/env bash
# One-shot: creates a certificate authority and the TLS certificates of Elasticsearch and Kibana in the es-certs
# volume, unless they exist. Runs in the Elasticsearch image (it has elasticsearch-certutil and unzip).
set -euo pipefail
cd /usr/share/elasticsearch
certs=config/certs

if [ -f "$certs/ca/ca.crt" ]; then
  echo "es-certs: certificates already exist, nothing to do"
  exit 0
fi

echo "es-certs: creating the certificate authority"
bin/elasticsearch-certutil ca --silent --pem --out "$certs/ca.zip"
unzip -q -o "$certs/ca.zip" -d "$certs"

echo "es-certs: creating the node and Kibana certificates"
cat > "$certs/instances.yml" <<'YAML'
instances:
  - name: elasticsearch
    dns: [elasticsearch, localhost]
    ip: [127.0.0.1]
  - name: kibana
    dns: [kibana, localhost]
    ip: [127.0.0.1]
YAML
bin/elasticsearch-certutil cert --silent --pem --in "$certs/instances.yml" --out "$certs/certs.zip" \
  --ca-cert "$certs/ca/ca.crt" --ca-key "$certs/ca/ca.key"
unzip -q -o "$certs/certs.zip" -d "$certs"
rm -f "$certs/ca.zip" "$certs/certs.zip"

# Elasticsearch and Kibana run as uid 1000, group 0: keys readable by group root only. The CA certificate is public
# and must be readable by the Inkstream containers (uid 10001), which trust it through ELASTICSEARCH_CA_CERT.
chown -R root:root "$certs"
find "$certs" -type d -exec chmod 750 {} +
find "$certs" -type f -exec chmod 640 {} +
chmod 755 "$certs" "$certs/ca"
chmod 644 "$certs/ca/ca.crt"
echo "es-certs: done"
