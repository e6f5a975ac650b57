#!/usr/bin/env bash
# Alert fan-out benchmark: builds the jar, then runs FanoutBench in a JVM capped at 256 MB of heap.
# Usage: bench/alerts/run.sh [-Dbench.batch=5000] [-Dbench.subscribers=1000000] [-Dbench.matching=50000]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/jobline.jar ] || [ -n "$(find src -newer target/jobline.jar -type f | head -1)" ]; then
  mvn -B -q -DskipTests package
fi
exec java -Xmx256m "$@" -cp target/jobline.jar bench/alerts/FanoutBench.java
