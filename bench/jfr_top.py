"""Where the time went in a JFR recording: shares of execution samples per method, per group of
methods, per thread, and the recording's garbage collections and allocation.

  python3 bench/jfr_top.py RECORDING.jfr [--top N] [--group REGEX ...] [--thread REGEX] [--jfr PATH]

Record with the profile settings, e.g.
  java -XX:StartFlightRecording=settings=profile,filename=/tmp/x.jfr \\
       -Dautograd4j.bench.quietWaitSeconds=0 -jar bench/target/autograd4j-bench.jar mlp --threads 1

Printed (shares are of all execution samples kept by --thread):
- threads: samples per thread (with 2 threads, how much the worker ran beside the caller);
- top frames: the method each sample was executing (self time), with the JIT's frame type, so
  that an interpreted or C1-compiled kernel (a JIT cliff) shows as such;
- groups: each sample charged to the innermost frame whose "package.Class.method" matches the
  first --group pattern that any of its frames matches (patterns in priority order; e.g. the op
  that called the kernel: --group 'ops\\.'), "other" when none does;
- inclusive: the methods most often anywhere on the stack (each counted once per sample);
- GC: collections and their summed pauses; allocation: the sampled bytes per allocating method.

The JSON comes from `jfr print --json` (the jfr tool of the JDK on PATH unless --jfr is given).
"""
import argparse
import collections
import json
import re
import subprocess
import sys

EVENTS = "jdk.ExecutionSample,jdk.GarbageCollection,jdk.ObjectAllocationSample"


def load_events(path, jfr):
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "64", "--events", EVENTS, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def method_name(frame):
    method = frame["method"]
    cls = method["type"]["name"].replace("/", ".")
    return cls.rsplit(".", 1)[-1] + "." + method["name"], cls


def frames(event):
    trace = event["values"].get("stackTrace") or {}
    return trace.get("frames") or []


def thread_name(event):
    thread = event["values"].get("sampledThread") or event["values"].get("eventThread") or {}
    return thread.get("javaName") or thread.get("osName") or "?"


def seconds(duration):
    """A JFR duration as printed in JSON: a number of nanoseconds or an ISO-8601 string (PT0.0012S)."""
    if isinstance(duration, (int, float)):
        return duration / 1e9
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", str(duration))
    if not match:
        return 0.0
    h, m, s = match.groups()
    return int(h or 0) * 3600 + int(m or 0) * 60 + float(s or 0)


def share_table(title, counter, total, top):
    print("\n%s (of %d samples)" % (title, total))
    for name, n in counter.most_common(top):
        print("  %5.1f%%  %6d  %s" % (100.0 * n / total, n, name))


def charge(stack, patterns):
    """The innermost frame matching the first pattern that any frame matches, or None."""
    for pattern in patterns:
        for frame in stack:
            name, cls = method_name(frame)
            if pattern.search(cls + "." + frame["method"]["name"]):
                return name
    return None


def report_samples(samples, top, patterns):
    total = len(samples)
    if total == 0:
        print("no execution samples (record with settings=profile, or run longer)")
        return
    per_thread = collections.Counter(thread_name(e) for e in samples)
    self_time = collections.Counter()
    inclusive = collections.Counter()
    groups = collections.Counter()
    for event in samples:
        stack = frames(event)
        if not stack:
            continue
        name, _ = method_name(stack[0])
        self_time["%s [%s]" % (name, stack[0].get("type", "?"))] += 1
        inclusive.update({method_name(f)[0] for f in stack})
        if patterns:
            groups[charge(stack, patterns) or "other"] += 1
    share_table("threads", per_thread, total, top)
    share_table("top frames (self)", self_time, total, top)
    if patterns:
        share_table("groups (innermost frame matching --group)", groups, total, top)
    share_table("inclusive", inclusive, total, top)


def report_memory(events, top):
    gcs = [e for e in events if e["type"] == "jdk.GarbageCollection"]
    pauses = [seconds(e["values"].get("sumOfPauses", 0)) for e in gcs]
    by_name = collections.Counter(e["values"].get("name", "?") for e in gcs)
    print("\nGC: %d collections %s, pauses %.1f ms in all, longest %.1f ms"
          % (len(gcs), dict(by_name), 1000 * sum(pauses), 1000 * max(pauses, default=0)))
    sampled = collections.Counter()
    for event in events:
        if event["type"] == "jdk.ObjectAllocationSample":
            stack = frames(event)
            sampled[method_name(stack[0])[0] if stack else "?"] += event["values"].get("weight", 0)
    total = sum(sampled.values())
    if total:
        print("\nallocation samples by allocating method (weights, %.0f MB in all)" % (total / 1e6))
        for name, weight in sampled.most_common(top):
            print("  %5.1f%%  %s" % (100.0 * weight / total, name))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("recording")
    p.add_argument("--top", type=int, default=15)
    p.add_argument("--group", action="append", default=[], help="regex on package.Class.method; repeatable")
    p.add_argument("--thread", help="regex: keep samples of matching threads only")
    p.add_argument("--jfr", default="jfr", help="the jfr tool (default: jfr on PATH)")
    a = p.parse_args()
    events = load_events(a.recording, a.jfr)
    samples = [e for e in events if e["type"] == "jdk.ExecutionSample"
               and (a.thread is None or re.search(a.thread, thread_name(e)))]
    report_samples(samples, a.top, [re.compile(g) for g in a.group])
    report_memory(events, a.top)


if __name__ == "__main__":
    sys.exit(main())
