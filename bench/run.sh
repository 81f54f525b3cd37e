#!/usr/bin/env bash
# Issue 11: runs T1–T7 in C#, R and Python side by side on the seeded workload and prints seconds, peak memory,
# ratios and whether the numbers agree. Usage: bash bench/run.sh [N]   (default 1000000)
# At N > 100000 R skips CR2 (clubSandwich runs out of memory at 1M); CR2 is then compared on the first 100,000 rows.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
OUT="bench/out/run-$N"
BIN="bench/Analysenotater.Bench/bin/Release/net10.0/analysenotater-bench"
mkdir -p "$OUT"
dotnet build bench/Analysenotater.Bench -c Release -v quiet -nologo >/dev/null
CSV="bench/out/workload-$N.csv"
[ -f "$CSV" ] || "$BIN" generate "$N" "$CSV"
cat "$CSV" >/dev/null   # into the page cache
echo "load average before: $(uptime | sed 's/.*load average: //')"
TIME=(/usr/bin/time -f "%e %M")
echo "== C#";     "${TIME[@]}" -o "$OUT/cs.time" "$BIN" run "$CSV" "$OUT/cs.json"
RMODE=all
if [ "$N" -gt 100000 ]; then RMODE=skip-cr2; fi
echo "== R ($RMODE)"; "${TIME[@]}" -o "$OUT/r.time" Rscript bench/r/tasks.R "$CSV" "$OUT/r.json" "$RMODE" 2>/dev/null
echo "== Python"; "${TIME[@]}" -o "$OUT/py.time" /usr/bin/python3 bench/python/tasks.py "$CSV" "$OUT/py.json"
if [ "$N" -gt 100000 ]; then
  SUB="bench/out/workload-$N-first100000.csv"
  [ -f "$SUB" ] || head -n 100001 "$CSV" >"$SUB"
  echo "== subsample (first 100,000 rows): C# and R CR2"
  "$BIN" run "$SUB" "$OUT/cs-sub.json" >/dev/null
  "${TIME[@]}" -o "$OUT/r-sub.time" Rscript bench/r/tasks.R "$SUB" "$OUT/r-sub.json" cr2-only 2>/dev/null
fi
echo "load average after: $(uptime | sed 's/.*load average: //')"
echo
"$BIN" report "$N" "$OUT"
