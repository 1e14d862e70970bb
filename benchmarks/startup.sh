#!/usr/bin/env bash
# Start-up cost of the hrsync tool: `hrsync plan` of the 50-row sample against a local
# `hrsync sandbox`, timed as a whole process, beside `java -cp <the same classpath>` running an
# empty main, in the same run, each N times (median, min, max). With AppCDS=1 it also times the
# plan with a class-data-sharing archive made by a first run. Usage, after
# ./mvnw -B -q -pl hrsync-cli -am package -DskipTests:  bash benchmarks/startup.sh [N]
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT
unzip -q "$root"/hrsync-cli/target/hrsync-cli-*-dist.zip -d "$work"
home=$(echo "$work"/hrsync-*)
cp "$root/hrsync-cli/src/main/resources/io/github/hrsync/cli/sample-roster.csv" "$work/"
cd "$work"
port=18181
"$home/bin/hrsync" sandbox --port "$port" --seed sample-roster.csv > sandbox.out 2>&1 &
sandbox=$!
until grep -q 'Serving' sandbox.out 2>/dev/null; do sleep 0.2; done
printf 'jobticket:\n  url: http://127.0.0.1:%s/jobticket\n  integrationId: 7\nhrfeed:\n  url: http://127.0.0.1:%s/api/v2/hr-feed\nroster:\n  file: sample-roster.csv\nrunLog: run-log\nrateBudgetDir: budgets\n' "$port" "$port" > hrsync.yaml
export JOBTICKET_KEY_ID=00000000-sandbox-key JOBTICKET_KEY_SECRET=sandbox-secret
export HR_FEED_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6InNhbmRib3giLCJrZXkiOiJkZW1vIn0.c2FuZGJveC1zaWduYXR1cmU
mkdir empty && echo 'public class Empty { public static void main(String[] a) {} }' > empty/Empty.java
javac -d empty empty/Empty.java
time_ms() {
  local times=()
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n \
      | awk '{t[NR]=$1} END {printf "median %d ms (min %d, max %d)\n", t[int((NR+1)/2)], t[1], t[NR]}'
}
classpath="$home/lib/*"
java -cp "$classpath:empty" Empty # warm the file cache
echo "empty main, same classpath: $(time_ms java -cp "$classpath:empty" Empty)"
echo "hrsync plan, 50 rows:       $(time_ms java -cp "$classpath" io.github.hrsync.cli.Hrsync plan)"
java -XX:ArchiveClassesAtExit=hrsync.jsa -cp "$classpath" io.github.hrsync.cli.Hrsync plan > /dev/null 2>&1
echo "hrsync plan with AppCDS:    $(time_ms java -XX:SharedArchiveFile=hrsync.jsa -cp "$classpath" io.github.hrsync.cli.Hrsync plan)"
