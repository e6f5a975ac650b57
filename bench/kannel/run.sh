#!/usr/bin/env bash
# Kannel benchmark: see README.md. Usage: bench/kannel/run.sh [messages] (default 100000)
# Options (before the count is fine too): -Ddlr=31 (delivery reports on both sides), -Ddepth=64 (plain loop in flight),
# -DperRequest=100 (recipients per sendsms for one text), -Drounds=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
props=()
args=()
for a in "$@"; do
  case "$a" in -D*) props+=("$a") ;; *) args+=("$a") ;; esac
done
mvn -B -q test-compile
mvn -B -q ${props[@]+"${props[@]}"} org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
  -Dexec.mainClass=bench.KannelBench -Dexec.classpathScope=test -Dexec.args="${args[0]:-100000}" \
  -Dexec.cleanupDaemonThreads=false
