#!/usr/bin/env python3
"""Records which articles a real Elasticsearch returns for each rule query: the expectations of
ElasticsearchAgreementTest.

Usage: record.py ES_URL TEMPLATE_JSON   (ES 8.19, security off; TEMPLATE_JSON: the sink's articles-template.json)
Reads articles.jsonl and queries.txt beside this script, creates the index 'alerts-agreement' with the template's
analysis and mappings, indexes the articles, runs every query and writes hits.jsonl. Deletes the index afterwards.
"""
import json, os, re, sys, urllib.request

here = os.path.dirname(os.path.abspath(__file__))
es, template_file = sys.argv[1].rstrip('/'), sys.argv[2]
index = es + '/alerts-agreement'

def call(method, url, body=None, ndjson=False):
    data = None if body is None else (body.encode() if ndjson else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method,
        headers={'Content-Type': 'application/x-ndjson' if ndjson else 'application/json'})
    return json.loads(urllib.request.urlopen(request).read())

text = open(template_file, encoding='utf-8').read()
for placeholder, value in [('${pattern}', '"x"'), ('${alias}', '"x"'), ('${replicas}', '0'),
                           ('${refresh_interval}', '"1s"'), ('${analyzer}', '"standard"')]:
    text = text.replace(placeholder, value)
template = json.loads(text)['template']
call('PUT', index, {'settings': template['settings'], 'mappings': template['mappings']})
try:
    bulk = []
    for line in open(os.path.join(here, 'articles.jsonl'), encoding='utf-8'):
        bulk += [json.dumps({'index': {'_id': json.loads(line)['id']}}), line.strip()]
    assert not call('POST', index + '/_bulk?refresh=true', '\n'.join(bulk) + '\n', ndjson=True)['errors']
    with open(os.path.join(here, 'hits.jsonl'), 'w', encoding='utf-8') as out:
        for query in (q.strip() for q in open(os.path.join(here, 'queries.txt'), encoding='utf-8')):
            if not query:
                continue
            # A rule's headline: and text: are the sink's headline.bigram and text.bigram sub-fields.
            es_query = re.sub(r'(?<![\w.])(headline|text):', r'\1.bigram:', query)
            body = {'size': 1000, '_source': False, 'query': {'query_string': {
                'query': es_query, 'fields': ['headline.bigram', 'text.bigram'], 'type': 'phrase',
                'default_operator': 'OR'}}}
            ids = sorted(hit['_id'] for hit in call('POST', index + '/_search', body)['hits']['hits'])
            out.write(json.dumps({'query': query, 'es_query': es_query, 'ids': ids}, ensure_ascii=False) + '\n')
finally:
    call('DELETE', index)
