"""Reads bench/spread.sh's result lines (round, side, JSON) and prints, as Markdown: per workload and side
(each JDK's runner, PyTorch) the runs sorted by time beside the machine readings of each, with the rank
correlation of each reading with the wall and CPU time; the 2-thread/1-thread ratio round by round; and
whether the sides were slow in the same rounds (the rank correlation of their times over the rounds).

  python3 bench/spread.py RESULTS

>>> ranks([3.0, 1.0, 2.0, 2.0])
[4.0, 1.0, 2.5, 2.5]
>>> round(spearman([1, 2, 3, 4], [10, 20, 30, 40]), 3), round(spearman([1, 2, 3, 4], [4, 3, 2, 1]), 3)
(1.0, -1.0)
"""
import json
import sys

READINGS = (
    ("steal %", lambda d: d.get("steal_pct")),
    ("others' cores", lambda d: d.get("other_load")),
    ("run wait %", lambda d: d.get("run_wait_pct")),
    ("inv. switches", lambda d: d.get("nivcsw")),
    ("GC ms", lambda d: d.get("gc_ms")),
    ("JIT ms", lambda d: d.get("jit_ms")),
    ("GHz", lambda d: d.get("clock_ghz_median")),
    ("FMA GFLOP/s", lambda d: d.get("fma_gflops_median")),
)


def ranks(values):
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs, ys):
    """Spearman's rank correlation (Pearson's on the ranks); None when either side is constant or short."""
    if len(xs) < 3:
        return None
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else None


def group_name(d, side):
    params = " ".join("%s=%s" % (p, d[p]) for p in ("n", "threads") if p in d)
    who = "PyTorch" if side == "torch" else "JDK %s %s" % (d.get("jdk", "?"), d.get("provider", "?"))
    return "%s %s, %s" % (d["workload"], params, who)


def fmt(v):
    return "-" if v is None else "%.3g" % v


def correlations(runs, field):
    cells = []
    for _, read in READINGS:
        pairs = [(r[field], read(r)) for r in runs if read(r) is not None]
        rho = spearman([p[0] for p in pairs], [p[1] for p in pairs])
        cells.append("%+.2f" % rho if rho is not None else "-")
    return cells


def print_group(name, runs):
    runs = sorted(runs, key=lambda r: r["median_ms"])
    times = [r["median_ms"] for r in runs]
    cpu = [r["cpu_ms"] for r in runs]
    print("### %s: %d runs, wall %.3g-%.3g ms (%.2fx), CPU %.3g-%.3g ms (%.2fx)\n"
          % (name, len(runs), times[0], times[-1], times[-1] / times[0], min(cpu), max(cpu), max(cpu) / min(cpu)))
    print("| round | wall ms | CPU ms | " + " | ".join(n for n, _ in READINGS) + " |")
    print("|" + "---|" * (len(READINGS) + 3))
    for r in runs:
        print("| %s | %.3g | %.3g | %s |" % (r["round"], r["median_ms"], r["cpu_ms"],
                                             " | ".join(fmt(read(r)) for _, read in READINGS)))
    print("| rank corr. with wall | | | %s |" % " | ".join(correlations(runs, "median_ms")))
    print("| rank corr. with CPU | | | %s |\n" % " | ".join(correlations(runs, "cpu_ms")))


def print_thread_ratios(groups):
    """2 threads over 1 thread of the MLP step, round by round, per side."""
    print("### MLP step, 2 threads / 1 thread, round by round: wall, CPU (the 2-thread run's others' cores)\n")
    sides = sorted({name.split(", ", 1)[1] for name in groups if name.startswith("mlp")})
    print("| round | " + " | ".join(sides) + " |")
    print("|" + "---|" * (len(sides) + 1))
    rounds = sorted({r["round"] for runs in groups.values() for r in runs}, key=int)
    for rnd in rounds:
        cells = []
        for side in sides:
            one = next((r for r in groups.get("mlp threads=1, " + side, []) if r["round"] == rnd), None)
            two = next((r for r in groups.get("mlp threads=2, " + side, []) if r["round"] == rnd), None)
            cells.append("%.2fx, %.2fx (%s)" % (two["median_ms"] / one["median_ms"], two["cpu_ms"] / one["cpu_ms"],
                                                 fmt(two.get("other_load"))) if one and two else "-")
        print("| %s | %s |" % (rnd, " | ".join(cells)))
    print()


def print_sides_together(groups):
    """Were the sides slow in the same rounds? Rank correlation over rounds of each pair's wall times."""
    print("### Slow in the same rounds? Rank correlation of wall times over the rounds\n")
    workloads = sorted({name.split(", ", 1)[0] for name in groups})
    for w in workloads:
        sides = sorted(name for name in groups if name.split(", ", 1)[0] == w)
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                ta = {r["round"]: r["median_ms"] for r in groups[a]}
                tb = {r["round"]: r["median_ms"] for r in groups[b]}
                common = sorted(set(ta) & set(tb))
                rho = spearman([ta[k] for k in common], [tb[k] for k in common])
                print("- %s: %s against %s: %s over %d rounds"
                      % (w, a.split(", ", 1)[1], b.split(", ", 1)[1], fmt(rho), len(common)))
    print()


def main(path):
    groups = {}
    for line in open(path):
        rnd, side, payload = line.rstrip("\n").split("\t", 2)
        d = json.loads(payload)
        d["round"] = rnd
        groups.setdefault(group_name(d, side), []).append(d)
    for name in sorted(groups):
        print_group(name, groups[name])
    print_thread_ratios(groups)
    print_sides_together(groups)


if __name__ == "__main__":
    main(sys.argv[1])
