#!/usr/bin/env bash
# Issue 21: kernel memory over 1,000 cells. Builds the CLI, installs its kernelspec in a temporary Jupyter prefix and
# runs bench/kernel/memory.py (jupyter_client, Debian's /usr/bin/python3).
# Usage: bash bench/kernel/memory.sh [CELLS] [--fail-every K]   (K: every K-th cell allocates 8 MB and throws)
set -euo pipefail
cd "$(dirname "$0")/../.."
CELLS="${1:-1000}"
shift || true
SUFFIX=""
if [ "$#" -gt 0 ]; then SUFFIX="-$(echo "$*" | tr -c 'a-z0-9' '-' | sed 's/-*$//;s/^-*//')"; fi
dotnet build src/Analysenotater.Cli -c Release -v quiet -nologo >/dev/null
ROOT="$(mktemp -d /tmp/kernel-memory-XXXXXX)"
trap 'rm -rf "$ROOT"' EXIT
dotnet src/Analysenotater.Cli/bin/Release/net10.0/Analysenotater.Cli.dll kernel install --prefix "$ROOT" >/dev/null
mkdir -p bench/out
JUPYTER_PATH="$ROOT/share/jupyter" JUPYTER_RUNTIME_DIR="$ROOT/runtime" JUPYTER_DATA_DIR="$ROOT/data" \
JUPYTER_CONFIG_DIR="$ROOT/config" JUPYTER_PLATFORM_DIRS=1 \
  /usr/bin/python3 bench/kernel/memory.py --kernel .net-csharp --cells "$CELLS" "$@" --output "bench/out/kernel-memory-$CELLS$SUFFIX.json"
