#!/usr/bin/env python3
"""Kernel start -> first result, several runs, with the start-up phases of the supervisor and the worker.

Usage: /usr/bin/python3 bench/kernel/startup.py [--runs 5] [--cli <Analysenotater.Cli.dll>] [--env KEY=VALUE ...]

Installs the .net-csharp kernelspec of the given CLI (default: the launcher's published ReadyToRun build,
.build/analysenotater/publish) into a temporary prefix, runs tests/Analysenotater.Kernel.Tests/Jupyter/kernel_bench.py
(real jupyter_client: process launch -> first execute_result of "1 + 1") --runs times with
ANALYSENOTATER_STARTUP_TRACE set, and prints one line per run: wall time to the first result, CPU of supervisor and
worker to then, the 1-minute load average before and after, and the phases the two processes traced (milliseconds since
each process started, wall / CPU). --env passes extra environment variables to the kernel (for example
DOTNET_TieredPGO=0) to compare runtime settings. Speed is measured here, never asserted in a test.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BENCH = os.path.join(REPO, "tests", "Analysenotater.Kernel.Tests", "Jupyter", "kernel_bench.py")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli", default=os.path.join(REPO, ".build", "analysenotater", "publish", "Analysenotater.Cli.dll"))
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    prefix = tempfile.mkdtemp(prefix="an-kernel-bench-")
    subprocess.run(["dotnet", args.cli, "kernel", "install", "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, JUPYTER_PATH=os.path.join(prefix, "share", "jupyter"))
    for pair in args.env:
        key, _, value = pair.partition("=")
        env[key] = value

    walls = []
    for run in range(args.runs):
        trace = os.path.join(prefix, f"trace-{run}.txt")
        env["ANALYSENOTATER_STARTUP_TRACE"] = trace
        load_before = os.getloadavg()[0]
        out = subprocess.run([sys.executable, BENCH, "--cells", "3"], env=env, check=True, capture_output=True, text=True).stdout
        result = json.loads(out)
        walls.append(result["start_to_first_result_s"])
        phases = []
        if os.path.exists(trace):
            with open(trace) as f:
                for line in f:
                    # "<pid> <role> <phase words> +<ms> ms cpu <ms> ms"
                    head, _, rest = line.partition(" +")
                    pid, role, phase = head.split(" ", 2)
                    wall_ms = rest.split(" ")[0]
                    cpu_ms = rest.split("cpu ")[1].split(" ")[0]
                    phases.append(f"{role[0]}:{phase}={wall_ms}/{cpu_ms}")
        print(json.dumps({
            "label": args.label,
            "run": run + 1,
            "first_result_s": result["start_to_first_result_s"],
            "cpu_supervisor_plus_worker_s": result["kernel_and_worker_cpu_to_first_result_s"],
            "load_before": round(load_before, 1),
            "load_after": round(result["load_average_1min"], 1),
            "phases_ms_wall_cpu": phases,
        }), flush=True)
    walls.sort()
    print(json.dumps({"label": args.label, "runs": args.runs, "median_first_result_s": walls[len(walls) // 2], "min_first_result_s": walls[0]}))


if __name__ == "__main__":
    main()
