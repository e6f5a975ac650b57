#!/usr/bin/env bash
# Crash benchmark: see README.md. Builds target/jobline.jar if needed, then runs CrashBench, which starts
# the standalone simulator and the gateway as separate processes and kills the gateway with SIGKILL.
# Usage: bench/crash/run.sh [-Dbench.trials=10] [-Dbench.subscribers=10000] [-Dbench.dlrDelayMs=500]
#        [-Dbench.confirmWaitMinutes=1] [-Dbench.unconfirmedAlerts=resend] [-Dbench.seed=N] [-Dbench.dir=target/crash]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/jobline.jar ] || [ -n "$(find src pom.xml -newer target/jobline.jar -type f | head -1)" ]; then
  mvn -B -q -DskipTests package
fi
exec java -Xmx256m "$@" -cp target/jobline.jar bench/crash/CrashBench.java
