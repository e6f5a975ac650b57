#!/usr/bin/env bash
# Delivery benchmark: see README.md. Usage: bench/delivery/run.sh [messages] (default 100000);
# MAVEN_OPTS="-Dstore=sqlite,postgres -Drounds=1" runs it on each engine in one JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=bench.DeliveryBench -Dexec.classpathScope=test \
  -Dexec.args="${1:-100000}" -Dexec.cleanupDaemonThreads=false
