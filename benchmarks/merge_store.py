"""Cost of the end of a run: rebuilding the merged files and loading the embedded store.

    .venv/bin/python benchmarks/merge_store.py OUT_DIR [OUT_DIR ...] [--baseline-src DIR]

Each OUT_DIR is an output directory of a finished run (`partykg run` or
`partykg.run`): its articles/ and .partykg/reports/ are linked
into a scratch copy, then a fresh child process per measurement runs
`emit.write_merged` and `store.sync_store` (a new store, then an unchanged
re-sync) on it and reports seconds and its own peak RSS. With
`--baseline-src` (the `src/` of another checkout, e.g. a `git worktree add
--detach` of an older commit), the same is measured with that code too, in
the same run, alternating, so the ratio survives a noisy machine.

The N-Quads beside each article (emit.NQUADS_DIR) are written at article
time by a run; when an output lacks them, they are made here first (not timed).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
out = Path(sys.argv[1])
from partykg import emit, store
published = sorted(p.stem for p in (out / "articles").glob("*.ttl"))
reported = sorted(p.stem for p in (out / ".partykg" / "reports").glob("*.ttl"))
res = {"articles": len(published), "code": emit.__file__}
t = time.perf_counter()
# every merged form (a baseline source older than `--formats` writes them all anyway)
every = {"formats": tuple(emit.MERGED_FORMS)} if hasattr(emit, "MERGED_FORMS") else {}
res["triples"] = emit.write_merged(out, published, reported, **every)
res["merge_s"] = time.perf_counter() - t
res["merge_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
store.sync_store(out)
res["store_s"] = time.perf_counter() - t
t = time.perf_counter()
store.sync_store(out)
res["resync_s"] = time.perf_counter() - t
res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
res["bytes"] = {n: (out / n).stat().st_size for n in ("partykg.ttl", "partykg.nq", "partykg.trig")}
print(json.dumps(res))
"""


def scratch_copy(src: Path, dest: Path) -> None:
    """articles/ and the kept reports, hard-linked (read only here); nothing else."""
    for sub in ("articles", ".partykg/reports"):
        if (src / sub).is_dir():
            shutil.copytree(src / sub, dest / sub, copy_function=os.link)


def ensure_sidecars(out: Path) -> None:
    """Write the per-article N-Quads a run writes beside each Turtle file, if missing."""
    from pyoxigraph import RdfFormat, parse

    from partykg.emit import ARTICLE_DIR, NQUADS_DIR, _nquads_sidecar

    for ttl in sorted((out / ARTICLE_DIR).glob("*.ttl")):
        side = out / NQUADS_DIR / f"{ttl.stem}.nq"
        if not side.exists():
            data = ttl.read_bytes()
            lines = sorted({str(q.triple) for q in parse(data, format=RdfFormat.TURTLE)})
            side.parent.mkdir(parents=True, exist_ok=True)
            side.write_bytes(_nquads_sidecar(ttl.stem, data, lines))


def measure(out: Path, src: Path, work: Path) -> dict:
    dest = Path(tempfile.mkdtemp(dir=work, prefix="m-"))
    try:
        scratch_copy(out, dest)
        ensure_sidecars(dest)
        env = dict(os.environ, PYTHONPATH=str(src))
        proc = subprocess.run([sys.executable, "-c", CHILD, str(dest)], env=env, capture_output=True,
                              text=True, check=False)
        if proc.returncode:
            raise SystemExit(f"child failed on {out} with {src}:\n{proc.stderr}")
        return json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(dest, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outputs", nargs="+", type=Path)
    ap.add_argument("--baseline-src", type=Path, help="src/ of the code to compare with")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    codes = [("this", ROOT / "src")] + ([("baseline", args.baseline_src)] if args.baseline_src else [])
    results = []
    for out in args.outputs:
        for label, src in codes:
            r = measure(out.resolve(), src.resolve(), args.work)
            r.update(output=str(out), code=label)
            results.append(r)
            n = r["articles"]
            print(f"{out.name:>12} {label:>8}: merge {r['merge_s'] / n * 1000:6.1f} ms/article, "
                  f"store {r['store_s'] / n * 1000:6.1f} ms/article, re-sync {r['resync_s']:.2f} s, "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB (merge alone {r['merge_rss_mb']:.0f}), "
                  f"{r['triples']:,} triples", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
