"""What the machine did during a timed part, as bench/torch_side.py reports it beside its times: the same
fields as the Java runner's MachineReadings (without its clock probe, which the Java run beside it gives).

  steal_pct     stolen share of all vCPUs' time (/proc/stat)
  other_load    cores busy with other processes
  nivcsw        this process's involuntary context switches (getrusage: every thread, ended ones too)
  run_wait_pct  its threads' time runnable but off a CPU (/proc/self/task/*/schedstat), share of wall time

Linux only; elsewhere start() and finish() give no fields. As a script, reads result lines (JSON, after any
prefix such as compare.sh's "ours ") and prints each one's time and readings in one line: the scripts' log.

>>> parse_cpu_line("cpu  9037492 42132 626588 1895616 4471 0 5705 18407 0 0")
(11630411, 9730324, 18407)
>>> parse_run_queue_wait("1203344 80131 12\\n")
80131
>>> summary({"steal_pct": 0.5, "other_load": 1.44, "nivcsw": 617, "run_wait_pct": 182.7, "clock_ghz": [3.04, 2.9],
...          "clock_ghz_median": 3.0, "fma_gflops_median": 9.5})
'steal 0.5%, others 1.44 cores, 617 inv. switches, run wait 183%, clock 3.00 GHz, FMA 9.5 GFLOP/s'
>>> summary({"median_ms": 1.0})
''
>>> cell({"steal_pct": 0.5, "other_load": 1.44, "nivcsw": 617, "run_wait_pct": 182.7, "clock_ghz_median": 3.04,
...       "fma_gflops_median": 9.5})
'0.5 / 1.44 / 183 / 3.04 / 9.5'
>>> cell({"steal_pct": 0.0, "other_load": 0.1, "nivcsw": 3, "run_wait_pct": 2.0})
'0 / 0.1 / 2 / - / -'
"""
import json
import os
import resource
import sys
import time

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def parse_cpu_line(line):
    """(total, busy, steal) ticks of /proc/stat's aggregate line; guest time is inside user and nice."""
    fields = line.split()
    if fields[0] != "cpu" or len(fields) < 9:
        raise ValueError("not the aggregate cpu line of /proc/stat: " + line)
    ticks = [int(f) for f in fields[1:9]]
    total = sum(ticks)
    return total, total - ticks[3] - ticks[4], ticks[7]


def parse_run_queue_wait(schedstat):
    """The second of schedstat's fields: ns on a CPU, ns waiting on a run queue, time slices."""
    return int(schedstat.split()[1])


def _threads_wait():
    waits = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open("/proc/self/task/%s/schedstat" % tid) as f:
                waits[tid] = parse_run_queue_wait(f.read())
        except OSError:
            pass
    return waits


def start():
    """The first reading, just before the timed part (None where /proc is missing)."""
    if not os.path.exists("/proc/stat"):
        return None
    with open("/proc/stat") as f:
        ticks = parse_cpu_line(f.readline())
    return time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw, ticks, \
        _threads_wait()


def finish(first):
    """The fields for the JSON line, from the first reading and a second one taken now."""
    if first is None:
        return {}
    t0, cpu0, switches0, (total0, busy0, steal0), waits0 = first
    elapsed = time.perf_counter() - t0
    own = time.process_time() - cpu0
    with open("/proc/stat") as f:
        total, busy, steal = parse_cpu_line(f.readline())
    waits = _threads_wait()
    wait_ns = sum(w - waits0[tid] for tid, w in waits.items() if tid in waits0)
    return {"steal_pct": round(100.0 * (steal - steal0) / max(1, total - total0), 2),
            "other_load": round(max(0.0, ((busy - busy0) / TICKS_PER_SECOND - own) / elapsed), 2),
            "nivcsw": resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - switches0,
            "run_wait_pct": round(100 * wait_ns / 1e9 / elapsed, 1)}


def summary(d):
    """The readings of one JSON line (Java's or PyTorch's) in one short phrase, for the tables."""
    parts = []
    if "steal_pct" in d:
        parts += ["steal %.3g%%" % d["steal_pct"], "others %.2f cores" % d["other_load"],
                  "%d inv. switches" % d["nivcsw"], "run wait %.0f%%" % d["run_wait_pct"]]
    if "clock_ghz_median" in d:
        parts += ["clock %.2f GHz" % d["clock_ghz_median"], "FMA %.3g GFLOP/s" % d["fma_gflops_median"]]
    return ", ".join(parts)


CELL_LEGEND = ("steal % / other processes' cores / run-queue wait % / clock GHz / scalar FMA GFLOP/s of one core"
               " (the probes' medians)")


def cell(d):
    """The readings as a table cell, in the order of CELL_LEGEND ("" without readings)."""
    if "steal_pct" not in d:
        return ""
    probes = ("%.2f / %.3g" % (d["clock_ghz_median"], d["fma_gflops_median"]) if "clock_ghz_median" in d
              else "- / -")
    return "%.3g / %.3g / %.0f / %s" % (d["steal_pct"], d["other_load"], d["run_wait_pct"], probes)


def log_line(line):
    """One result line as "prefix workload: median ms (CPU ms) | readings"; None for a line without JSON."""
    prefix, brace, payload = line.partition("{")
    if not brace:
        return None
    d = json.loads(brace + payload)
    return "%s%s: %.4g ms (CPU %.4g ms) | %s" % (prefix, d.get("workload", "?"), d.get("median_ms", float("nan")),
                                               d.get("cpu_ms", float("nan")), summary(d))


if __name__ == "__main__":
    for result in sys.stdin:
        logged = log_line(result)
        if logged:
            print(logged)
