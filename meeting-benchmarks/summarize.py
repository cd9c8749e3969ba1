#!/usr/bin/env python3
"""Summarizes JMH JSON results (-rf json) per fork: min / median / max over forks of each fork's
mean (and, for SampleTime, of each fork's p50 and p99), plus bytes allocated per operation when the
run used -prof gc. Usage: summarize.py result.json [more.json ...]"""
import json
import statistics
import sys


def pct(hist, q):
    """The q-quantile of a JMH histogram: [[value, count], ...] pairs."""
    pairs = sorted(hist)
    total = sum(c for _, c in pairs)
    seen = 0
    for value, count in pairs:
        seen += count
        if seen >= q * total:
            return value
    return pairs[-1][0]


def mmm(values):
    return "min %s  median %s  max %s" % tuple(
        fmt(v) for v in (min(values), statistics.median(values), max(values)))


def fmt(v):
    return "%.0f" % v if abs(v) >= 100 else "%.3g" % v


for path in sys.argv[1:]:
    for b in json.load(open(path)):
        name = b["benchmark"].split(".", 3)[-1]
        params = b.get("params") or {}
        label = name + ("" if not params else " " + ",".join("%s=%s" % kv for kv in params.items()))
        pm = b["primaryMetric"]
        unit = pm["scoreUnit"]
        forks = len(pm.get("rawData") or pm.get("rawDataHistogram"))
        print("%s  [%s, threads=%s, forks=%d]" % (label, b["mode"], b["threads"], forks))
        if b["mode"] == "sample":
            means, p50s, p99s = [], [], []
            for fork in pm["rawDataHistogram"]:
                hist = [pair for iteration in fork for pair in iteration]
                total = sum(c for _, c in hist)
                means.append(sum(v * c for v, c in hist) / total)
                p50s.append(pct(hist, 0.50))
                p99s.append(pct(hist, 0.99))
            print("  mean %-42s %s" % (mmm(means), unit))
            print("  p50  %-42s %s" % (mmm(p50s), unit))
            print("  p99  %-42s %s" % (mmm(p99s), unit))
        else:
            per_fork = [statistics.mean(fork) for fork in pm["rawData"]]
            print("  score %-41s %s" % (mmm(per_fork), unit))
        alloc = (b.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm")
        if alloc:
            per_fork = [statistics.mean(fork) for fork in alloc["rawData"]]
            print("  alloc %-41s B/op" % mmm(per_fork))
