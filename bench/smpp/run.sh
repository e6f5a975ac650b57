#!/usr/bin/env bash
# SMPP route benchmark: see README.md. Usage: bench/smpp/run.sh [messages] [messages at 50 ms] (default 100000 20000)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=bench.SmppBench -Dexec.classpathScope=test \
  -Dexec.args="${1:-100000} ${2:-20000}" -Dexec.cleanupDaemonThreads=false -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -DLOG_LEVEL=WARN
