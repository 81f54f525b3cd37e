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

INTERNET_CAUSE = "needs the internet beyond NuGet"
UNSERVED = {"plotly": None}  # the Plotly.NET version a notebook asked for that no source had (from the restore note)

def stream_text(cell):
    return "".join("".join(o.get("text", "")) if isinstance(o.get("text"), list) else o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")

def defined_names(src):
    """Top-level variables a cell defines (var x = …, Type x = …), three characters or longer."""
    names = set(re.findall(r"(?:var|[\w<>\[\],]+)\s+(\w+)\s*=(?!=)", src)) | set(re.findall(r"^\s*(\w+)\s*=(?!=)", src, re.M))
    return {n for n in names if len(n) >= 3}

def own_cause(ename, evalue, src):
    if ename in ("PackageNotFound", "PackageRestoreError"):
        m = re.search(r"the package '([^']+)' was not found", evalue)
        return f"package not served by the NuGet source here ({m.group(1) if m else 'see message'})"
    if INTERNET.search(evalue):
        return "needs the internet beyond NuGet"
    if "Chart2D" in evalue or "GenericChart' does not exist in the type" in evalue or "BarIEnumerableKeyValuePair" in evalue or "'Chart' does not contain a definition for 'Combine'" in evalue:
        if UNSERVED["plotly"]:
            return f"written for Plotly.NET {UNSERVED['plotly']}, which the NuGet source here does not serve (the engine carries 6.0.0)"
        return "written for an older Plotly.NET API (the engine carries Plotly.NET 6.0.0)"
    if "CS1504" in evalue:
        return "needs a file the sample does not ship (#load)"
    return f"other: {ename}: {evalue[:140]}"

def main():
    original, executed = sys.argv[1], sys.argv[2]
    rows = []
    also = {}
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
            UNSERVED["plotly"] = None
            for cell in (done or {}).get("cells", []):
                m = re.search(r"Plotly\.NET (\S+) is in none of the sources tried", stream_text(cell), re.I)
                if m:
                    UNSERVED["plotly"] = m.group(1)
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
                        for defined, c, a in reversed(failed_causes):
                            names = set(re.findall(r"(?:var|[\w<>\[\],]+)\s+(\w+)\s*=(?!=)", defined)) | set(re.findall(r"^\s*(\w+)\s*=(?!=)", defined, re.M))
                            if any(re.search(r"\b" + re.escape(n) + r"\b", src) for n in names):
                                cause = c
                                if a:
                                    also[(rel, i + 1)] = a
                                break
                    if m and cause.startswith("other"):
                        name = next(g for g in m.groups() if g)
                        for defined, c, a in reversed(failed_causes):
                            if re.search(r"\b" + re.escape(name) + r"\b", defined):
                                cause = c
                                if a:
                                    also[(rel, i + 1)] = a
                                break
                        else:
                            if package_failure:
                                cause = package_failure
                    if cause != INTERNET_CAUSE:
                        # A cell that works on what only a download gave (an earlier cell that needs the internet
                        # defines it) needs the internet too, whatever else also fails in it; the other cause is kept.
                        own = defined_names(src)
                        for defined, c, _ in failed_causes:
                            if c == INTERNET_CAUSE and any(n not in own and re.search(r"\b" + re.escape(n) + r"\b", src) for n in defined_names(defined)):
                                also[(rel, i + 1)] = cause
                                cause = INTERNET_CAUSE
                                break
                    if cause.startswith("package"):
                        package_failure = package_failure or cause
                    failed_causes.append((src, cause, also.get((rel, i + 1))))
                rows.append((rel, i + 1, cause, src.splitlines()[0][:70] if src else ""))
    rows = [(rel, idx, cause + (f" (also: {also[(rel, idx)]})" if (rel, idx) in also else ""), first) for rel, idx, cause, first in rows]
    counts = Counter(r[2].split(" (also: ")[0] for r in rows)
    also_counts = Counter(also.values())
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
        if also:
            strict = counted + len(also)
            print(f"Of the {internet} cells that need the internet, {len(also)} would also fail here for another reason ({'; '.join(f'{n}: {c}' for c, n in also_counts.items())}); counting those under that other reason instead, **{ok} of {strict}** run (**{100.0 * ok / strict:.0f} %**).\n")
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
