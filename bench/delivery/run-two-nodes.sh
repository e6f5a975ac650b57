#!/usr/bin/env bash
# Two gateways on one PostgreSQL (embedded, TestPostgres) vs one: see README.md.
# Usage: bench/delivery/run-two-nodes.sh [messages] (default 6000); -DdelayMs=100 -DmaxInFlight=32 via MAVEN_OPTS
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=bench.TwoNodeBench -Dexec.classpathScope=test \
  -Dexec.args="${1:-6000}" -Dexec.cleanupDaemonThreads=false
