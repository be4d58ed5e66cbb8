"""Incremental re-runs and worker scaling, end to end through `partykg run` (Prefect included).

    .venv/bin/python benchmarks/ops_runs.py [--articles 200]

Builds a corpus of N distinct articles from the seeds (each long paragraph
gets a sentence citing a document of the article's own) in a temporary
directory, then measures: a first run, an unchanged re-run, a re-run after
touching 5% of the articles, and a first run with 2 workers. Prints a
Markdown table; "flow" is the flow's own time, "command" adds Prefect's
temporary server start and the interpreter's imports.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"


def make_corpus(root: Path, n: int) -> list[Path]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        body = seeds[i % len(seeds)].split("\n")
        # every long paragraph gets a sentence of its own: body text, never a credit line
        body = [line + f" Thực hiện Chỉ thị số {i + 1:03d}-CT/TW của Ban Bí thư." if len(line) > 200 else line
                for line in body]
        text = "\n".join(body) + "\n"
        p = root / f"bench_{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def run(corpus: Path, out: Path, home: Path, workers: int = 1) -> tuple[float, float, str]:
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    t = time.perf_counter()
    proc = subprocess.run([str(Path(sys.executable).parent / "partykg"), "run", "--no-progress",
                           "-i", str(corpus), "-o", str(out), "-w", str(workers)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    line = next(x for x in proc.stdout.splitlines() if "(flow " in x)  # the run's summary line
    flow = float(re.search(r"\(flow ([\d.]+) s[,)]", line).group(1))
    return wall, flow, line


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    n = ap.parse_args().articles
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = make_corpus(tmp / "in", n)
        home = tmp / "prefect"
        rows = []
        rows.append(("first run, 1 worker", *run(tmp / "in", tmp / "out1", home)))
        rows.append(("unchanged re-run", *run(tmp / "in", tmp / "out1", home)))
        for p in paths[:: 20]:  # 5% of the articles change (a sentence in the body)
            lines = p.read_text(encoding="utf-8").splitlines()
            longest = max(range(len(lines)), key=lambda j: len(lines[j]))
            lines[longest] += " Đảng bộ xã kết nạp thêm 12 đảng viên mới."
            p.write_text("\n".join(lines) + "\n", encoding="utf-8")
        rows.append(("re-run, 5% changed", *run(tmp / "in", tmp / "out1", home)))
        rows.append(("first run, 2 workers", *run(tmp / "in", tmp / "out2", home, workers=2)))
        # run.ttl holds each run's times, store/ is a database: neither is compared
        same = all((tmp / "out1" / p.relative_to(tmp / "out2")).read_bytes() == p.read_bytes()
                   for p in (tmp / "out2").rglob("*") if p.is_file()
                   and not {".partykg", "store"} & set(p.relative_to(tmp / "out2").parts)
                   and p.name != "run.ttl")
    print(f"{n} articles, {os.cpu_count()} CPUs\n")
    print("| run | command s | flow s | result |\n|---|---:|---:|---|")
    for name, wall, flow, line in rows:
        print(f"| {name} | {wall:.1f} | {flow:.1f} | {line.split(';')[0]} |")
    first, again = rows[0][2], rows[1][2]
    print(f"\nunchanged re-run / first run (flow): {again / first:.1%}")
    print(f"2 workers output byte-identical to 1 worker: {same}")


if __name__ == "__main__":
    main()
