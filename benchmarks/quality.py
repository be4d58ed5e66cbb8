"""Extraction quality: precision, recall and F1 per category, per evaluation set -> docs/quality.md.

    .venv/bin/python benchmarks/quality.py            # writes docs/quality.md and docs/quality.json

Sets (data/eval/README.md):
- seeds: data/seeds with their gold in data/eval/seeds/gold;
- synthetic-a, -b, -c, … -x, -y, -z, -aa … -aj (every folder of data/eval/ but seeds):
  articles written for the project, in data/eval/;
  synthetic-a, -b, -c, -d, -e, -f and -g were used while developing the extraction (their misses read),
  synthetic-h, -i, -j and -k were developed on from 2026-12-06, synthetic-l from session 15 (2026-12-06),
  synthetic-m from session 16 (2026-12-06), synthetic-o and -n in session 17 (2026-12-06),
  synthetic-p in session 18 (2026-12-06), synthetic-q in session 19 (2026-12-06),
  synthetic-r in session 20 (2026-12-07), synthetic-s and then synthetic-t in session 21 (2026-12-07),
  synthetic-u, then synthetic-v, then synthetic-w in session 22 (2026-12-07), synthetic-x and then
  synthetic-y in session 23 (2026-12-07), synthetic-z and then synthetic-aa in session 24 (2026-12-07),
  synthetic-ab and then synthetic-ac in session 25 (2026-12-07), synthetic-ad in session 26 (2026-12-07),
  synthetic-af and then synthetic-ae (both written in session 26) in session 27 (2026-12-07),
  synthetic-ag and synthetic-ah (both written in session 27) in session 28 (2026-12-07);
  synthetic-ai (written in session 28) in session 29 (2026-12-08);
  synthetic-aj, written in session 29, never was (the independent check, unseen as of session 29);
- dev: the development set of real articles, ../shared/dev/{texts,gold}
  beside the repository, when it is there. Its texts are third-party pages:
  only figures are written, never text, names or misses.

Each set runs through `partykg.evaluate.evaluate` (the per-article work of a
run, read back through the graph contract's patterns). tests/test_quality.py
fails when a set's overall F1 drops more than 0.02 below the figure written here.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from partykg.evaluate import CORE, EXTRA, evaluate

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval"
SETS = {
    "seeds": (ROOT / "data" / "seeds", EVAL / "seeds" / "gold"),
    "synthetic-a": (EVAL / "synthetic-a" / "texts", EVAL / "synthetic-a" / "gold"),
    "synthetic-b": (EVAL / "synthetic-b" / "texts", EVAL / "synthetic-b" / "gold"),
    "synthetic-c": (EVAL / "synthetic-c" / "texts", EVAL / "synthetic-c" / "gold"),
    "synthetic-d": (EVAL / "synthetic-d" / "texts", EVAL / "synthetic-d" / "gold"),
    "synthetic-e": (EVAL / "synthetic-e" / "texts", EVAL / "synthetic-e" / "gold"),
    "synthetic-f": (EVAL / "synthetic-f" / "texts", EVAL / "synthetic-f" / "gold"),
    "synthetic-g": (EVAL / "synthetic-g" / "texts", EVAL / "synthetic-g" / "gold"),
    "synthetic-h": (EVAL / "synthetic-h" / "texts", EVAL / "synthetic-h" / "gold"),
    "synthetic-i": (EVAL / "synthetic-i" / "texts", EVAL / "synthetic-i" / "gold"),
    "synthetic-j": (EVAL / "synthetic-j" / "texts", EVAL / "synthetic-j" / "gold"),
    "synthetic-k": (EVAL / "synthetic-k" / "texts", EVAL / "synthetic-k" / "gold"),
    "synthetic-l": (EVAL / "synthetic-l" / "texts", EVAL / "synthetic-l" / "gold"),
    "synthetic-m": (EVAL / "synthetic-m" / "texts", EVAL / "synthetic-m" / "gold"),
    "synthetic-n": (EVAL / "synthetic-n" / "texts", EVAL / "synthetic-n" / "gold"),
    "synthetic-o": (EVAL / "synthetic-o" / "texts", EVAL / "synthetic-o" / "gold"),
    "synthetic-p": (EVAL / "synthetic-p" / "texts", EVAL / "synthetic-p" / "gold"),
    "synthetic-q": (EVAL / "synthetic-q" / "texts", EVAL / "synthetic-q" / "gold"),
    "synthetic-r": (EVAL / "synthetic-r" / "texts", EVAL / "synthetic-r" / "gold"),
    "synthetic-s": (EVAL / "synthetic-s" / "texts", EVAL / "synthetic-s" / "gold"),
    "synthetic-t": (EVAL / "synthetic-t" / "texts", EVAL / "synthetic-t" / "gold"),
    "synthetic-u": (EVAL / "synthetic-u" / "texts", EVAL / "synthetic-u" / "gold"),
    "synthetic-v": (EVAL / "synthetic-v" / "texts", EVAL / "synthetic-v" / "gold"),
    "synthetic-w": (EVAL / "synthetic-w" / "texts", EVAL / "synthetic-w" / "gold"),
    "synthetic-x": (EVAL / "synthetic-x" / "texts", EVAL / "synthetic-x" / "gold"),
    "synthetic-y": (EVAL / "synthetic-y" / "texts", EVAL / "synthetic-y" / "gold"),
    "synthetic-z": (EVAL / "synthetic-z" / "texts", EVAL / "synthetic-z" / "gold"),
    "synthetic-aa": (EVAL / "synthetic-aa" / "texts", EVAL / "synthetic-aa" / "gold"),
    "synthetic-ab": (EVAL / "synthetic-ab" / "texts", EVAL / "synthetic-ab" / "gold"),
    "synthetic-ac": (EVAL / "synthetic-ac" / "texts", EVAL / "synthetic-ac" / "gold"),
    "synthetic-ad": (EVAL / "synthetic-ad" / "texts", EVAL / "synthetic-ad" / "gold"),
    "synthetic-ae": (EVAL / "synthetic-ae" / "texts", EVAL / "synthetic-ae" / "gold"),
    "synthetic-af": (EVAL / "synthetic-af" / "texts", EVAL / "synthetic-af" / "gold"),
    "synthetic-ag": (EVAL / "synthetic-ag" / "texts", EVAL / "synthetic-ag" / "gold"),
    "synthetic-ah": (EVAL / "synthetic-ah" / "texts", EVAL / "synthetic-ah" / "gold"),
    "synthetic-ai": (EVAL / "synthetic-ai" / "texts", EVAL / "synthetic-ai" / "gold"),
    "synthetic-aj": (EVAL / "synthetic-aj" / "texts", EVAL / "synthetic-aj" / "gold"),
    "dev": (ROOT.parent / "shared" / "dev" / "texts", ROOT.parent / "shared" / "dev" / "gold"),
}
COMMAND = ".venv/bin/python benchmarks/quality.py"


def _rows(figures: dict, categories) -> list[str]:
    rows = []
    for cat in categories:
        f = figures[cat]
        rows.append(f"| {cat} | {f['precision']:.3f} | {f['recall']:.3f} | {f['f1']:.3f} "
                    f"| {f['tp']} | {f['fp']} | {f['fn']} |")
    return rows


def render(results: dict[str, dict], absent: list[str]) -> str:
    out = [
        "# Extraction quality",
        "",
        f"Generated by `{COMMAND}` on {date.today().isoformat()}: each set's articles run through",
        "the per-article work of a run (ingest, extract, map), and the graph is read back through",
        "the contract's patterns and compared with the gold annotations (`partykg evaluate`).",
        "Overall is the micro-average over the core categories.",
        "",
        "| set | articles | overall P | overall R | overall F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, figures in results.items():
        o = figures["overall"]
        out.append(f"| {name} | {figures['articles']} | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} |")
    for name in absent:
        out.append(f"| {name} | — | not measured: {SETS[name][1].parent} absent | | |")
    for name, figures in results.items():
        out += ["", f"## {name}", "",
                "| category | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
        out += _rows(figures, CORE)
        out += ["", "Further checks (not in the overall figure):", "",
                "| category | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
        out += _rows(figures, EXTRA)
    out += ["", "Sets (data/eval/README.md): `seeds` are the five seed articles; `synthetic-a`, `-b`, `-c`,",
            "`-d`, `-e`, `-f`, `-g`, `-h`, `-i`, `-j`, `-k`, `-l`, `-m`, `-n`, `-o`, `-p`, `-q`, `-r`, `-s`, `-t`",
            "`-u`, `-v`, `-w`, `-x`, `-y`, `-z`, `-aa`, `-ab`, `-ac`, `-ad`, `-ae`, `-af`, `-ag`, `-ah`, `-ai`",
            "and `-aj`",
            "are articles written for the project by colleagues who had not seen the development set or the extractor",
            "(synthetic-a to -g were then used while developing the extraction, synthetic-h, -i, -j and -k",
            "from 2026-12-06, synthetic-l in session 15, synthetic-m in session 16, synthetic-o and -n in",
            "session 17, synthetic-p in session 18, synthetic-q in session 19, synthetic-r in session 20,",
            "synthetic-s and then synthetic-t in session 21, synthetic-u, -v and -w in session 22,",
            "synthetic-x and then synthetic-y in session 23, synthetic-z and then synthetic-aa in session 24,",
            "synthetic-ab and then synthetic-ac in session 25, synthetic-ad in session 26, synthetic-af and",
            "then synthetic-ae in session 27, synthetic-ag and synthetic-ah in session 28, synthetic-ai in",
            "session 29; synthetic-aj (written in session 29, never read: unseen) was not: it is the",
            "independent check);",
            "`dev` is the",
            "development set of real articles from other outlets (../shared/dev, not part of the repository;",
            "figures only).", ""]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "quality.md")
    args = ap.parse_args(argv)
    results, absent, failed = {}, [], []
    for name, (texts, gold) in SETS.items():
        if not gold.is_dir():
            absent.append(name)
            continue
        score = evaluate(texts, gold)
        failed += score.failures
        results[name] = {"articles": len(list(gold.glob("*.json"))), **score.as_dict()}
        print(f"{name}: overall F1 {results[name]['overall']['f1']:.3f}")
    for line in failed:
        print(f"failed: {line}", file=sys.stderr)
    args.out.write_text(render(results, absent), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n",
                                             encoding="utf-8")
    print(f"wrote {args.out} and {args.out.with_suffix('.json')}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
