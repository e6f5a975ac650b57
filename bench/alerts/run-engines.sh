#!/usr/bin/env bash
# The fan-out bench on SQLite, then on PostgreSQL (embedded PostgreSQL 17 of the tests, TestPostgres), one after the other.
# Usage: bench/alerts/run-engines.sh [-Dbench.subscribers=200000] [-Dbench.matching=50000]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/test-cp.txt \
  -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/test-cp.txt)"
for store in sqlite postgres; do
  java -Xmx256m -Dbench.store=$store "$@" -cp "$cp" bench/alerts/FanoutBench.java
done
