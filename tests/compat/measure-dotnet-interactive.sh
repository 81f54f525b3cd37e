#!/usr/bin/env bash
# Measures how many C# cells of the dotnet/interactive repository's C# sample notebooks run with this engine.
# Usage: tests/compat/measure-dotnet-interactive.sh <dotnet/interactive checkout or bare git dir> [output folder]
# Uses ./analysenotater (or ANALYSENOTATER_CLI=<Analysenotater.Cli.dll>) and, for the packages the samples ask for, a
# NuGet source (nuget.org or a mirror in NuGet.config). Not part of CI: it reads a foreign repository and the network.
# Prints the table for docs/dotnet-interactive-compatibility.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
src="$1"
out="${2:-$(mktemp -d /tmp/dotnet-interactive-compat.XXXXXX)}"
work="$out/notebooks"
mkdir -p "$work"
if [ -d "$src/.git" ] || [ -f "$src/HEAD" ]; then
  gitdir="$src"; [ -d "$src/.git" ] && gitdir="$src/.git"
  commit=$(git --git-dir="$gitdir" rev-parse HEAD)
  git --git-dir="$gitdir" archive HEAD samples/notebooks/csharp | tar -x -C "$work"
  git --git-dir="$gitdir" archive HEAD docs 2>/dev/null | tar -x -C "$work" 2>/dev/null || true
else
  commit="(not a git checkout)"
  cp -r "$src/samples" "$work/"
  [ -d "$src/docs" ] && cp -r "$src/docs" "$work/" || true
fi
# The CLI: ANALYSENOTATER_CLI (a built Analysenotater.Cli.dll) or else the repository's launcher (published ReadyToRun).
if [ -n "${ANALYSENOTATER_CLI:-}" ]; then
  [ -f "$ANALYSENOTATER_CLI" ] || { echo "ANALYSENOTATER_CLI: no such file: $ANALYSENOTATER_CLI" >&2; exit 2; }
  cli=(dotnet "$ANALYSENOTATER_CLI")
else
  cli=("$repo/analysenotater")
fi
echo "dotnet/interactive commit $commit" >&2
# Every folder holding C# notebooks, run with errors allowed (each notebook in its own session, as a user would).
find "$work" -name '*.ipynb' -printf '%h\n' | sort -u | while read -r dir; do
  rel="${dir#$work/}"
  "${cli[@]}" run "$dir" --allow-errors --format ipynb --output "$out/executed/$rel" >&2 || true
done
/usr/bin/python3 "$here/classify_dotnet_interactive.py" "$work" "$out/executed" --markdown
