#!/usr/bin/env python3
"""Execute notebooks through the C# kernel with nbclient and compare their text outputs with the headless runner's.

Usage: execute_notebooks.py --kernel .net-csharp --output KERNEL_DIR --runner RUNNER_DIR --report report.json NOTEBOOK...

For each notebook: nbclient runs every cell through the kernel (any cell error fails the notebook), the executed
notebook is written to KERNEL_DIR, and each code cell's outputs are compared with the same cell in RUNNER_DIR/<name>
(the executed .ipynb written by `analysenotater run`): stream text per stream name, and execute_result text/plain.
report.json maps each notebook to {"ok": bool, "detail": str, "cells": n}.
"""
import argparse
import json
import os
import traceback

import nbformat
from nbclient import NotebookClient


def text_outputs(cell):
    """What is compared: stdout, stderr and the result's text/plain, in a form independent of stream chunking."""
    streams = {}
    results = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            streams[output["name"]] = streams.get(output["name"], "") + "".join(output["text"])
        elif output["output_type"] == "execute_result":
            plain = output["data"].get("text/plain", "")
            results.append(plain if isinstance(plain, str) else "".join(plain))
    return {"stdout": streams.get("stdout", ""), "stderr": streams.get("stderr", ""), "results": results}


def run_one(path, kernel, output_dir, runner_dir):
    name = os.path.basename(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=600, startup_timeout=120, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    client.execute()
    nbformat.write(nb, os.path.join(output_dir, name))
    runner = nbformat.read(os.path.join(runner_dir, name), as_version=4)
    kernel_cells = [c for c in nb.cells if c.cell_type == "code"]
    runner_cells = [c for c in runner.cells if c.cell_type == "code"]
    assert len(kernel_cells) == len(runner_cells), f"{len(kernel_cells)} code cells via the kernel, {len(runner_cells)} via the runner"
    differences = []
    for index, (k, r) in enumerate(zip(kernel_cells, runner_cells), start=1):
        errors = [o for o in r.get("outputs", []) if o["output_type"] == "error"]
        assert not errors, f"the runner failed in code cell {index}: {errors[0].get('evalue')}"
        if text_outputs(k) != text_outputs(r):
            differences.append(f"code cell {index}: kernel {json.dumps(text_outputs(k), ensure_ascii=False)[:600]} "
                               f"!= runner {json.dumps(text_outputs(r), ensure_ascii=False)[:600]}")
    assert not differences, "\n".join(differences)
    summary = [text_outputs(c) for c in kernel_cells]
    return len(kernel_cells), json.dumps(summary, ensure_ascii=False)[:2000]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--runner", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)
    report = {}
    for path in args.notebooks:
        try:
            cells, detail = run_one(path, args.kernel, args.output, args.runner)
            report[os.path.basename(path)] = {"ok": True, "cells": cells, "detail": detail}
        except Exception:  # noqa: BLE001 — a failing notebook is a reported result
            report[os.path.basename(path)] = {"ok": False, "cells": 0, "detail": traceback.format_exc()}
    with open(args.report, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
    print(json.dumps({k: v["ok"] for k, v in report.items()}))


if __name__ == "__main__":
    main()
