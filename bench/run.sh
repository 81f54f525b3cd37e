#!/usr/bin/env bash
# Issue 11: runs T1–T7 in C#, R and Python side by side on the seeded workload and prints seconds, peak memory,
# ratios and whether the numbers agree. Usage: bash bench/run.sh [N]   (default 1000000)
# At N > 100000 R skips CR2 (clubSandwich runs out of memory at 1M); CR2 is then compared on the first 100,000 rows.
# At N <= 1000 the C# side also runs as three cold compiled processes and through the notebook engine
# (bench/notebook/t1-t7.ipynb via `Analysenotater.Cli run`: three cold processes as built, three with the CLI
# published ReadyToRun with TieredPGO off): issue 11's N = 491 targets (< 0.5 s compiled, < 2 s through the engine).
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
if [ "$N" -le 1000 ]; then
  CLI="src/Analysenotater.Cli/bin/Release/net10.0/Analysenotater.Cli.dll"
  R2R="bench/out/cli-r2r/Analysenotater.Cli.dll"
  dotnet build src/Analysenotater.Cli -c Release -v quiet -nologo >/dev/null
  dotnet publish src/Analysenotater.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:TieredPGO=false \
    -o bench/out/cli-r2r -v quiet -nologo >/dev/null
  "$BIN" instrument bench/out/bench-instrument.json >/dev/null
  NB="bench/notebook/t1-t7.ipynb"
  PARAMS=(-p "datafil=$(pwd)/$CSV" -p "instrumentfil=$(pwd)/bench/out/bench-instrument.json")
  echo "== C# compiled, cold processes 2 and 3"
  for k in 2 3; do "${TIME[@]}" -o "$OUT/cs-$k.time" "$BIN" run "$CSV" "$OUT/cs-$k.json" >/dev/null; done
  echo "== C# through the notebook engine: dotnet $CLI run $NB (3 cold processes, then 3 with the ReadyToRun CLI)"
  for k in 1 2 3; do
    T="$OUT/nb.time"; [ "$k" = 1 ] || T="$OUT/nb-$k.time"
    "${TIME[@]}" -o "$T" dotnet "$CLI" run "$NB" "${PARAMS[@]}" -p "resultatfil=$(pwd)/$OUT/nb.json" --output "$OUT/notebook" >"$OUT/nb.log" 2>&1
  done
  for k in 1 2 3; do
    T="$OUT/nb-r2r.time"; [ "$k" = 1 ] || T="$OUT/nb-r2r-$k.time"
    "${TIME[@]}" -o "$T" dotnet "$R2R" run "$NB" "${PARAMS[@]}" -p "resultatfil=$(pwd)/$OUT/nb-r2r.json" --output "$OUT/notebook-r2r" >"$OUT/nb-r2r.log" 2>&1
  done
  cat "$OUT/nb-r2r.log"
fi
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
