#!/usr/bin/env python3
"""Classifies the C# cells of executed .NET Interactive sample notebooks by outcome.

Usage: classify_dotnet_interactive.py <original notebooks folder> <executed notebooks folder> [--markdown]

A C# cell (cell metadata language csharp, or the notebook's default kernel) "runs" when its stored outputs contain
no error output. A failing cell is put under a cause: by its own error message, or - when it only fails because a name
from an earlier failing cell is missing (CS0103/CS0246/CS0234 on a name that cell defines, or any such error after a
package cell failed) - under the cause of that earlier cell. Cells that need the internet beyond NuGet (GitHub's API,
raw.githubusercontent.com, …) are counted apart and left out of the share, as the brief says.
"""
import json, os, re, sys
from collections import Counter, OrderedDict

def cell_language(cell, default):
    m = cell.get("metadata", {})
    return (m.get("dotnet_interactive") or {}).get("language") or (m.get("polyglot_notebook") or {}).get("kernelName") or default

def source(cell):
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s

def error_of(cell):
    for o in cell.get("outputs", []):
        if o.get("output_type") == "error":
            return o.get("ename", ""), o.get("evalue", "")
    return None

INTERNET = re.compile(r"Name or service not known|No such host|HttpRequestException|api\.github\.com|raw\.githubusercontent\.com|Connection refused|network is unreachable", re.I)
MISSING_NAME = re.compile(r"CS0103: The name '(\w+)'|CS0246: The type or namespace name '(\w+)'|CS0234: The type or namespace name '(\w+)'")

def own_cause(ename, evalue, src):
    if ename in ("PackageNotFound", "PackageRestoreError"):
        m = re.search(r"the package '([^']+)' was not found", evalue)
        return f"package not served by the NuGet source here ({m.group(1) if m else 'see message'})"
    if INTERNET.search(evalue):
        return "needs the internet beyond NuGet"
    if "Chart2D" in evalue or "GenericChart' does not exist in the type" in evalue or "BarIEnumerableKeyValuePair" in evalue or "'Chart' does not contain a definition for 'Combine'" in evalue:
        return "written for an older Plotly.NET API (the engine carries Plotly.NET 6.0.0)"
    if "CS1504" in evalue:
        return "needs a file the sample does not ship (#load)"
    return f"other: {ename}: {evalue[:140]}"

def main():
    original, executed = sys.argv[1], sys.argv[2]
    rows = []
    for dirpath, _, files in os.walk(original):
        for f in sorted(files):
            if not f.endswith(".ipynb"):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, original)
            orig = json.load(open(path, encoding="utf-8"))
            default = ((orig.get("metadata", {}).get("polyglot_notebook") or {}).get("kernelInfo") or {}).get("defaultKernelName") or \
                      ("csharp" if "csharp" in (orig.get("metadata", {}).get("kernelspec") or {}).get("name", "csharp") else "other")
            out_path = None
            for d2, _, f2 in os.walk(executed):
                if f in f2:
                    out_path = os.path.join(d2, f)
            done = json.load(open(out_path, encoding="utf-8")) if out_path else None
            failed_causes = []  # (defined names, cause, was package failure)
            package_failure = None
            for i, cell in enumerate(orig["cells"]):
                if cell.get("cell_type") != "code" or cell_language(cell, default) != "csharp":
                    continue
                src = source(cell)
                ran = done["cells"][i] if done and i < len(done["cells"]) else None
                err = error_of(ran) if ran else ("NotRun", "the runner produced no output notebook")
                if err is None:
                    cause = "runs"
                else:
                    ename, evalue = err
                    cause = own_cause(ename, evalue, src)
                    m = MISSING_NAME.search(evalue)
                    if cause.startswith("other") and not m:
                        # A runtime failure on data an earlier failing cell should have produced.
                        for defined, c in reversed(failed_causes):
                            names = set(re.findall(r"(?:var|[\w<>\[\],]+)\s+(\w+)\s*=(?!=)", defined)) | set(re.findall(r"^\s*(\w+)\s*=(?!=)", defined, re.M))
                            if any(re.search(r"\b" + re.escape(n) + r"\b", src) for n in names):
                                cause = c
                                break
                    if m and cause.startswith("other"):
                        name = next(g for g in m.groups() if g)
                        for defined, c in reversed(failed_causes):
                            if re.search(r"\b" + re.escape(name) + r"\b", defined):
                                cause = c
                                break
                        else:
                            if package_failure:
                                cause = package_failure
                    if cause.startswith("package"):
                        package_failure = package_failure or cause
                    failed_causes.append((src, cause))
                rows.append((rel, i + 1, cause, src.splitlines()[0][:70] if src else ""))
    counts = Counter(r[2] for r in rows)
    total = len(rows)
    internet = counts.get("needs the internet beyond NuGet", 0)
    ok = counts.get("runs", 0)
    counted = total - internet
    if "--markdown" in sys.argv:
        print(f"| Outcome | C# cells |\n|---|---:|")
        for cause, n in sorted(counts.items(), key=lambda kv: (kv[0] != "runs", -kv[1])):
            print(f"| {cause} | {n} |")
        print(f"| **total** | **{total}** |\n")
        print(f"Runs: **{ok} of {counted}** C# cells that do not need the internet beyond NuGet (**{100.0 * ok / counted:.0f} %**); {internet} more need it.\n")
        per = OrderedDict()
        for rel, idx, cause, first in rows:
            per.setdefault(rel, Counter())[cause == "runs"] += 1
        print("| Notebook | runs | fails |\n|---|---:|---:|")
        for rel, c in per.items():
            print(f"| `{rel}` | {c[True]} | {c[False]} |")
        print("\n<details><summary>Every cell</summary>\n\n| Notebook | cell | outcome | first line |\n|---|---:|---|---|")
        for rel, idx, cause, first in rows:
            print(f"| `{rel}` | {idx} | {cause} | `{first.replace('|', '/')}` |")
        print("\n</details>")
    else:
        for rel, idx, cause, first in rows:
            print(f"{rel}\t{idx}\t{cause}\t{first}")
        print(f"\n{ok}/{counted} ({100.0 * ok / counted:.1f} %) run; {internet} need the internet; total {total}")

main()
