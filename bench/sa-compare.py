#!/usr/bin/env python3
"""How ExportPulse's X-13 (JDemetra+ 3.5.0, preset RSA5) compares with the Census Bureau's
X-13ARIMA-SEATS on the classic series: relative differences of d10 (seasonal factors),
d11 (seasonally adjusted) and d12 (trend), and the ARIMA model each chose.

Our outputs equal the JDemetra+ reference files within 1e-6 (jdemetra/ReferenceTest), so the
reference files stand for them here. Usage: bench/sa-compare.py (no arguments)."""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "..", "adjust", "src", "test", "resources", "sa-reference")
SERIES = ["AirPassengers", "UKDriverDeaths", "USAccDeaths", "co2", "ldeaths", "nottem"]


def rows(name):
    with open(os.path.join(REF, name)) as f:
        return list(csv.DictReader(f))


def models():
    ours = {r["series"]: (r["x13_arima"], r["x13_log"]) for r in rows("jdplus_classic_diagnostics.csv")}
    theirs = {r["series"]: (r["arima"], r["transform"]) for r in rows("x13as_classic_diagnostics.csv")}
    return ours, theirs


def diff(a, b):
    rel = [abs(x - y) / max(1.0, abs(y)) for x, y in zip(a, b)]
    return max(rel), sum(rel) / len(rel)


def main():
    ours_m, theirs_m = models()
    print("| series | ours: ARIMA, log | x13as: ARIMA, transform | table | max rel. diff | mean rel. diff |")
    print("|---|---|---|---|---|---|")
    for s in SERIES:
        ours = rows("jdplus_%s.csv" % s)
        theirs = rows("x13as_%s.csv" % s)
        for table in ("d10", "d11", "d12"):
            a = [float(r["x13_" + table]) for r in ours]
            b = [float(r[table]) for r in theirs]
            mx, mean = diff(a, b)
            print("| %s | %s %s | %s %s | %s | %.2e | %.2e |" % (
                s, ours_m[s][0], ours_m[s][1], theirs_m[s][0], theirs_m[s][1], table, mx, mean))


if __name__ == "__main__":
    main()
