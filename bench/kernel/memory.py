#!/usr/bin/env python3
"""Kernel memory over many cells (issue 21): start the real C# kernel through jupyter_client, run N cells in one
session and print the resident set size (RSS, MB) of the kernel process and of its worker after every 100 cells.

Usage: memory.py --kernel .net-csharp [--cells 1000] [--fail-every K] [--output results.json]

Each cell declares a variable and builds a small list, as notebook cells do:
    var v17 = Enumerable.Range(0, 1000).Select(x => x * 17).ToList(); v17.Count
With --fail-every K, every K-th cell instead allocates 8 MB and throws (an error reply is expected): nothing of a failed
cell may stay referenced, so K = 10 must not add 100 × 8 MB. Every 100th cell also reports the worker's managed heap
after a full collection (GC.GetTotalMemory(true)).
"""
import argparse
import json
import os
import time

from jupyter_client import KernelManager


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024
    except (FileNotFoundError, StopIteration):
        return 0.0


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                pass
    return found


def settle(kernel_pid, seconds=60):
    """Waits until the worker has finished starting (the engine warms up Roslyn and the formatters in the background
    after the first cell): its RSS changes by less than 1 MB over 3 s. The 0-cell row is then the idle kernel."""
    deadline = time.time() + seconds
    last = None
    while time.time() < deadline:
        now = sum(rss_mb(p) for p in children(kernel_pid))
        if last is not None and abs(now - last) < 1.0:
            return
        last = now
        time.sleep(3)


def run(kc, code, expect="ok"):
    msg_id = kc.execute(code, stop_on_error=False)
    result = None
    while True:
        msg = kc.get_iopub_msg(timeout=300)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            result = msg["content"]["data"]["text/plain"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    while True:
        reply = kc.get_shell_msg(timeout=300)
        if reply["parent_header"].get("msg_id") == msg_id:
            assert reply["content"]["status"] == expect, reply["content"]
            return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--fail-every", type=int, default=0)
    parser.add_argument("--output")
    args = parser.parse_args()
    km = KernelManager(kernel_name=args.kernel)
    km.start_kernel(stdout=open(os.devnull, "wb"), stderr=open(os.devnull, "wb"))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    kernel_pid = km.provisioner.process.pid
    rows = []
    started = time.time()
    run(kc, "1 + 1")
    def sample(cells):
        workers = children(kernel_pid)
        worker_rss = sum(rss_mb(p) for p in workers)
        heap = int(run(kc, "GC.GetTotalMemory(forceFullCollection: true)")) / 2**20
        row = {"cells": cells, "kernel_mb": round(rss_mb(kernel_pid), 1), "worker_mb": round(worker_rss, 1),
               "total_mb": round(rss_mb(kernel_pid) + worker_rss, 1), "worker_heap_mb": round(heap, 1),
               "seconds": round(time.time() - started, 1)}
        rows.append(row)
        print(f'{row["cells"]:5d} cells: kernel {row["kernel_mb"]:7.1f} MB  worker {row["worker_mb"]:7.1f} MB  '
              f'total {row["total_mb"]:7.1f} MB  worker heap after GC {row["worker_heap_mb"]:6.1f} MB  ({row["seconds"]} s)', flush=True)
    settle(kernel_pid)
    sample(0)
    for i in range(1, args.cells + 1):
        if args.fail_every and i % args.fail_every == 0:
            run(kc, f"var big{i} = new byte[8 << 20];\nbig{i}[0] = 1;\nthrow new InvalidOperationException(\"feil {i}\");", expect="error")
        else:
            run(kc, f"var v{i} = Enumerable.Range(0, 1000).Select(x => x * {i}).ToList(); v{i}.Count")
        if i % 100 == 0:
            sample(i)
    growth = rows[-1]["total_mb"] - rows[0]["total_mb"]
    worker_growth = rows[-1]["worker_mb"] - rows[0]["worker_mb"]
    print(f"growth over {args.cells} cells: {growth:+.1f} MB (kernel + worker RSS); worker {worker_growth:+.1f} MB "
          f"(issue 21's target for 1,000 cells: at most +200 MB)")
    km.shutdown_kernel(now=True)
    if args.output:
        with open(args.output, "w") as f:
            json.dump({"rows": rows, "growth_mb": growth, "worker_growth_mb": worker_growth, "fail_every": args.fail_every}, f, indent=2)


if __name__ == "__main__":
    main()
