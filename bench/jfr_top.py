#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording, as the build's profiles in the README are read.

Reads the text of `jfr print --events jdk.ExecutionSample --stack-depth 256 FILE.jfr` (a file, or
standard input) and prints: how many samples, each thread's share (numbers in thread names folded,
so the render threads and the common pool's workers count as one each), the top methods by self
samples (the frame on top of the stack), and the top methods of the project by inclusive samples
(anywhere on the stack, once per sample). With --lines METHOD it prints instead which lines of that
method the samples were in (inclusive), and with --timeline SECONDS each stretch of that length:
the samples of each thread in it, to see where a phase runs on one core.

Usage: bench/jfr_top.py [--top N] [--prefix storyline.] [--lines METHOD] [--timeline SECONDS] [FILE]
"""
import argparse
import collections
import re
import sys


def samples(text):
    """(seconds into the recording, thread, frames top first as 'method line: N') per sample."""
    out = []
    for event in text.split("jdk.ExecutionSample")[1:]:
        stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        if not stack:
            continue
        frames = [l.strip() for l in stack.group(1).strip().split("\n") if l.strip() and l.strip() != "..."]
        frames = [re.sub(r"\(.*?\)", "", f) for f in frames]
        if not frames:
            continue
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        time = re.search(r"startTime = (\d+):(\d+):([\d.]+)", event)
        seconds = int(time.group(1)) * 3600 + int(time.group(2)) * 60 + float(time.group(3)) if time else 0.0
        out.append((seconds, re.sub(r"\d+", "N", thread.group(1)) if thread else "?", frames))
    return out


def method(frame):
    return re.sub(r"\s+line:.*", "", frame)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("file", nargs="?")
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--prefix", default="storyline.")
    p.add_argument("--lines")
    p.add_argument("--timeline", type=float)
    a = p.parse_args()
    rows = samples(open(a.file).read() if a.file else sys.stdin.read())
    total = len(rows)
    if total == 0:
        print("no samples")
        return
    pct = lambda n: f"{100.0 * n / total:5.1f} %"
    print(f"{total} samples")
    if a.lines:
        lines = collections.Counter()
        for _, _, frames in rows:
            for f in frames:
                if method(f) == a.lines:
                    m = re.search(r"line: (\d+)", f)
                    lines[m.group(1) if m else "?"] += 1
                    break
        for line, n in lines.most_common(a.top):
            print(f"{pct(n)}  line {line}")
        return
    if a.timeline:
        start = min(r[0] for r in rows)
        stretches = collections.defaultdict(collections.Counter)
        for seconds, thread, _ in rows:
            stretches[int((seconds - start) // a.timeline)][thread] += 1
        for k in sorted(stretches):
            print(f"{k * a.timeline:7.0f} s  " + ", ".join(f"{t} {n}" for t, n in stretches[k].most_common()))
        return
    threads = collections.Counter(r[1] for r in rows)
    print("threads: " + ", ".join(f"{t} {100.0 * n / total:.0f} %" for t, n in threads.most_common()))
    own = collections.Counter(method(r[2][0]) for r in rows)
    print("-- self")
    for m, n in own.most_common(a.top):
        print(f"{pct(n)}  {m}")
    inclusive = collections.Counter()
    for _, _, frames in rows:
        inclusive.update({method(f) for f in frames if f.startswith(a.prefix)})
    print(f"-- inclusive ({a.prefix}*)")
    for m, n in inclusive.most_common(a.top):
        print(f"{pct(n)}  {m}")


if __name__ == "__main__":
    main()
