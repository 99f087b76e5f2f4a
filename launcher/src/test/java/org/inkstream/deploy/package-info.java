/**
 * Tests of the deployment files under {@code deploy/} and the {@code Dockerfile}: they parse every Compose, Kubernetes,
 * Kibana and Grafana file and check them against the runtime contract ({@code deploy/env-contract.txt}, {@code
 * deploy/metrics-contract.txt}, the index fields in {@code index-fields.json}, core's {@code Topics}). Start with
 * {@link org.inkstream.deploy.DeployFiles}, which finds and reads those files; {@link
 * org.inkstream.deploy.KibanaPanels} turns dashboard panels into Elasticsearch searches for a test against a real index.
 */
package org.inkstream.deploy;
