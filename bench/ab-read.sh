#!/usr/bin/env bash
# A/B of the read path (T1) alone: two builds of analysenotater-bench, run as cold processes in turn (A, B, A, B, …) so
# both see the same load; each process reads the file `repeats` times (the first read is the cold one T1 measures).
# Usage: bash bench/ab-read.sh DIR_A DIR_B workload.csv [rounds=8] [repeats=3] [general]
#   DIR_A, DIR_B: output folders of `dotnet build bench/Analysenotater.Bench -c Release` of the two versions
#   (copy bench/Analysenotater.Bench/bin/Release/net10.0 aside before building the other version).
# Prints every run, then per side the median and minimum of the cold and of the warm reads (wall and CPU seconds).
set -euo pipefail
A="$1"; B="$2"; CSV="$3"; ROUNDS="${4:-8}"; REPEATS="${5:-3}"; MODE="${6:-}"
cat "$CSV" >/dev/null   # into the page cache
echo "load average before: $(uptime | sed 's/.*load average: //')"
LOG=$(mktemp)
for r in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    dir=$A; [ "$side" = B ] && dir=$B
    "$dir/analysenotater-bench" read "$CSV" "$REPEATS" $MODE | sed "s/^/$side $r /" | tee -a "$LOG"
  done
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
awk '
  $3 == "read" { n = $4; sub(":", "", n); k = ($4 == "1:") ? "cold" : "warm"; key = $1 " " k; wall[key] = wall[key] " " $5; cpu[key] = cpu[key] " " $8 }
  function stats(s,   a, n, i, j, t) { n = split(s, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return sprintf("median %.3f min %.3f (n=%d)", (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2, a[1], n) }
  END { for (side = 0; side < 2; side++) { s = side ? "B" : "A"; for (m = 0; m < 2; m++) { k = m ? "warm" : "cold"; key = s " " k
        if (key in wall) printf "%s %s: wall %s; CPU %s\n", s, k, stats(wall[key]), stats(cpu[key]) } } }' "$LOG"
rm -f "$LOG"
