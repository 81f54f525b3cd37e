#!/usr/bin/env python3
"""Measure the C# kernel as Jupyter sees it (not a test; speed is measured here, never asserted in unit tests).

Usage: JUPYTER_PATH=<prefix>/share/jupyter kernel_bench.py --kernel .net-csharp [--cells 50]

Prints JSON: start_to_first_result_s (process launch → first execute_result of "1 + 1" received), then the warm
round-trip of a small cell (execute_request sent → execute_reply and idle received), median and 95th percentile in ms.
"""
import argparse
import json
import os
import statistics
import time

from jupyter_client import KernelManager


def cpu_seconds(pid):
    """User + system CPU time of the kernel process (Linux /proc): a measure that a busy machine inflates far less than wall time."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return float("nan")


def tree_cpu_seconds(pid):
    """CPU time of the kernel and its live child processes (the supervisor's cell worker): what start-up costs in all."""
    total = cpu_seconds(pid)
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                for child in f.read().split():
                    total += tree_cpu_seconds(int(child))
    except OSError:
        pass
    return total


def run(kc, code, timeout=120):
    msg_id = kc.execute(code)
    result = None
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            result = msg["content"]["data"]["text/plain"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    assert reply["content"]["status"] == "ok", reply["content"]
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", default=".net-csharp")
    parser.add_argument("--cells", type=int, default=50)
    args = parser.parse_args()

    km = KernelManager(kernel_name=args.kernel)
    start = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    ready = time.perf_counter() - start
    first = run(kc, "1 + 1")
    first_result = time.perf_counter() - start
    assert first == "2", first
    pid = km.provisioner.process.pid
    first_cpu = cpu_seconds(pid)
    first_tree_cpu = tree_cpu_seconds(pid)

    timings = []
    for i in range(args.cells):
        t = time.perf_counter()
        value = run(kc, f"{i} + 1")
        timings.append((time.perf_counter() - t) * 1000)
        assert value == str(i + 1), value
    warm_cpu_ms = (cpu_seconds(pid) - first_cpu) * 1000 / args.cells
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    timings.sort()
    print(json.dumps({
        "kernel_ready_s": round(ready, 3),
        "start_to_first_result_s": round(first_result, 3),
        "kernel_cpu_to_first_result_s": round(first_cpu, 2),
        "kernel_and_worker_cpu_to_first_result_s": round(first_tree_cpu, 2),
        "warm_cells": args.cells,
        "warm_kernel_cpu_per_cell_ms": round(warm_cpu_ms, 1),
        "warm_round_trip_median_ms": round(statistics.median(timings), 1),
        "warm_round_trip_p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1),
        "warm_round_trip_min_ms": round(timings[0], 1),
        "load_average_1min": os.getloadavg()[0],
    }, indent=2))


if __name__ == "__main__":
    main()
