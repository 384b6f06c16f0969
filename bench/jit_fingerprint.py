"""What C2 compiled for a class, from a -XX:+LogCompilation file, so that two runs can be compared:
each C2 compile of the class's methods (when, OSR or not, machine code size, the methods it inlined,
and why it did not inline others) with the profile of every loop-exit branch it parsed in them
(iterations per entry: C2 unrolls, and so vectorises, a loop only as far as that count allows).
Runs whose lines match compiled the same code; the size and inlining columns show where they differ.

  java -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=run.xml -jar ... mlp ...
  python3 bench/jit_fingerprint.py run.xml StreamingFloatGemm
"""
import re
import sys

TASK = re.compile(r"<task [^>]*>.*?</task>", re.S)
METHOD = re.compile(r"<method id='(\d+)' holder='\d+' name='([^']+)'")
# A branch element follows the bytecode it profiles; if_icmpge (162) and if_icmplt (161) close loops.
LOOP_EXIT = re.compile(r"<parse method='(\d+)'|</parse>|<bc code='16[12]' bci='(\d+)'/>\s*<branch ([^>]*)/>")


def attributes(element):
    return dict(re.findall(r"(\w+)='([^']*)'", element))


def loop_profiles(task, names):
    """(method, bci, iterations per entry) of each loop-exit branch parsed, innermost method first."""
    stack, profiles = [], []
    for m in LOOP_EXIT.finditer(task):
        if m.group(1):
            stack.append(names.get(m.group(1), m.group(1)))
        elif m.group(0) == "</parse>":
            stack.pop()
        elif stack:
            branch = attributes(m.group(3))
            exits = float(branch.get("taken", 0))
            iterations = float(branch.get("not_taken", 0))
            profiles.append((stack[-1], m.group(2), iterations / exits if exits else float("inf")))
    return sorted(set(profiles))


def main(log_path, class_name):
    text = open(log_path, errors="replace").read()
    for task in TASK.findall(text):
        head = attributes(task[:task.index(">")])
        holder, _, rest = head.get("method", "").partition(" ")
        if not holder.endswith(class_name) or head.get("level", "4") != "4":
            continue
        names = dict(METHOD.findall(task))
        method = rest.split(" ")[0]
        done = attributes(re.search(r"<task_done [^>]*>", task).group(0)) if "<task_done" in task else {}
        inlined = sorted(set(names.get(i, i) for i in re.findall(r"<parse method='(\d+)'", task)) - {method})
        refused = sorted(set(re.findall(r"<inline_fail reason='([^']*)'/>", task)))
        osr = " OSR@" + head["osr_bci"] if "osr_bci" in head else ""
        print("%7s %s%s nmsize=%s inlined=%s%s" % (head.get("stamp"), method, osr, done.get("nmsize", "failed"),
                                                   inlined, " not inlined: %s" % refused if refused else ""))
        for callee, bci, trips in loop_profiles(task, names):
            print("          loop of %s at bci %s: %.0f iterations per entry" % (callee, bci, trips))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
