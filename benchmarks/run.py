"""partykg benchmarks: throughput, scaling and memory, side by side with the floor and the peer.

One command measures, on one generated corpus (sizes are nested subsets of it):

- the pipeline end to end (`partykg run` as a subprocess, Prefect included),
  with the peak resident memory of its whole process tree, and an unchanged
  re-run of the same input into the same output (incremental runs);
- each stage alone over the same articles (ingest, extract, map, validate,
  serialize, store load, report), by calling the plain functions of `partykg`,
  each article written as a run's batch writes it (child_stages);
- the floor: bare `spacy.blank("vi")` + `nlp.pipe` (pyvi segmentation; its best of 3 up to N=1,000), plain
  pyvi, and a regex scan, over the same texts;
- the peer: underthesea's ready-made NER (its shipped CRF model, offline), on a
  fixed sample because it is slow;
- validation per article vs once on the merged graph, pySHACL vs pyshacl-turbo,
  with a check that the violation counts agree;
- a cProfile of the per-article work on a sample;
- real text: `partykg run` and the floor on the dev set's articles (../shared/dev/texts,
  beside the repository; the row is skipped when it is absent), each repeated with its
  counts varied (make_corpus.make_real_corpus).

Targets (issue 15): end to end at N=10,000 >= 1.0x the floor and >= 30x the peer; at
N=600 >= 0.5x the floor; output <= 20x the input bytes with the default formats; peak
memory flat from the second largest size to the largest; an unchanged re-run < 5% of
the first. Each shows PASS or FAIL with the figures, and the gap when it fails.

Every measurement runs in a fresh child process (so one size's memory does not
leak into the next), and results are compared as ratios measured in the same
run: the machine is shared and noisy. Writes docs/benchmarks.md and a JSON of
the raw figures.

    .venv/bin/python benchmarks/run.py                       # N = 100, 1,000, 10,000
    .venv/bin/python benchmarks/run.py --sizes 100,1000      # a quick pass
    .venv/bin/python benchmarks/run.py --quick               # smallest useful pass
"""
from __future__ import annotations

import argparse
import cProfile
import ctypes
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus  # noqa: E402

PACKAGES = ["partykg", "spacy", "pyvi", "prefect", "rdflib", "pyoxigraph", "pyshacl",
            "pyshacl-turbo", "underthesea", "vietnamadminunits"]
FLOOR_REPEATS = 3  # the floor's spaCy pass, timed best of 3 at N <= 1,000 (child_floor)
STAGES = ["ingest", "extract", "map", "validate", "serialize", "store load", "report"]
# the dev set's real articles, beside the repository (never copied into it)
REAL_TEXTS = ROOT.parent / "shared" / "dev" / "texts"


# --------------------------------------------------------------------------- helpers

def _rss_self_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _paths(corpus: Path, n: int) -> list[Path]:
    paths = sorted(corpus.glob("*.txt"))[:n]
    if len(paths) < n:
        raise SystemExit(f"corpus {corpus} holds {len(paths)} articles, {n} asked")
    return paths


def _bytes(paths) -> int:
    return sum(p.stat().st_size for p in paths)


def _emit(result: dict) -> None:
    """A child's answer: one JSON line, last on stdout."""
    result["peak_rss_mb"] = round(_rss_self_mb(), 1)
    print("\n" + json.dumps(result), flush=True)


# --------------------------------------------------------------------------- children

def child_stages(paths: list[Path], work: Path) -> dict:
    """Each stage alone, article by article (streaming: each article is written as it is done,
    as a run does), then the merged files, the store load and the report.

    The articles are written as a run's batch writes them (batch.run_batch): their fsyncs on
    Settling's threads, their sidecars by Sidecars, which asks the report's per-article rows of
    a few articles at a time (report.article_rows), so that "serialize" pays those rows and
    "report" only merges them, as in a run; the output is a default run's, run.ttl and the
    manifest aside."""
    from partykg.emit import DEFAULT_FORMATS, Settling, Sidecars, all_quads, keeps_report, write_article, write_merged
    from partykg.extract import build_pipeline, extract
    from partykg.ingest import read_article
    from partykg.process import ArticleResult
    from partykg.rdf.mapping import to_graph, to_triples
    from partykg.report import write_report
    from partykg.validate import validate

    t0 = time.perf_counter()
    nlp = build_pipeline()
    build = time.perf_counter() - t0
    # warm the caches that are paid once per process (shapes, ontology), outside the timings
    a = read_article(paths[0])
    validate(to_triples(a, extract(a, nlp)))

    sec = dict.fromkeys(STAGES, 0.0)
    cpu = dict.fromkeys(STAGES, 0.0)
    cpu0 = time.process_time()
    triples, violations, published, reported, sources = 0, 0, [], [], {}
    clock, cclock = time.perf_counter, time.process_time
    out = work / "stages-out"
    shutil.rmtree(out, ignore_errors=True)

    def timed(stage, fn, *a):
        t, c = clock(), cclock()
        r = fn(*a)
        sec[stage] += clock() - t
        cpu[stage] += cclock() - c
        return r

    sidecars = Sidecars(out, all_quads(DEFAULT_FORMATS))
    with Settling() as settling:  # (its threads' fsyncs: CPU of this process, in the stage they overlap)
        for p in paths:
            article = timed("ingest", read_article, p)
            ex = timed("extract", extract, article, nlp)
            # as process.py does: the graph with its N-Triples, which validation and the writing read
            tr, nt = timed("map", to_graph, article, ex)
            v = timed("validate", lambda t, name, n: validate(t, name=name, nt=n), tr, article.id, nt)
            result = _result(ArticleResult, article, tr, v, nt)
            timed("serialize", write_article, result, out, settling, sidecars)
            (published if v.conforms else []).append(article.id)
            (reported if keeps_report(result) else []).append(article.id)
            sources[article.id] = p.name  # (for void.ttl, which the report reads)
            triples += len(tr)
            violations += v.violations
            del article, ex, tr, nt, v, result
        timed("serialize", sidecars.flush)  # (as a batch ends: the sidecars still held)
        timed("serialize", settling.wait)
    distinct = timed("serialize", write_merged, out, published, reported, sources)
    c = cclock()
    sec["store load"], store_how = _store_load(out, work)
    cpu["store load"] = cclock() - c
    timed("report", write_report, out, {})  # as `partykg run` ends: OUTPUT/report.html (no file failed)
    out_bytes = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    shutil.rmtree(out, ignore_errors=True)
    return {"seconds": sec, "cpu": cpu, "cpu_s": time.process_time() - cpu0, "pipeline_build_s": build,
            "triples": triples,
            "distinct_triples": distinct, "violations": violations,
            "output_bytes": out_bytes, "store": store_how}


def _result(cls, article, triples, v, nt=None):
    """An ArticleResult as process.py builds it."""
    return cls(source=article.source, article_id=article.id, triples=triples, nt=nt, conforms=v.conforms,
               violations=v.violations, warnings=v.warnings, report=v.report,
               findings=[f.line() for f in v.findings], checksum=article.checksum,
               sources=list(article.sources or [article.source]))


def _store_load(out: Path, work: Path) -> tuple[float, str]:
    """Build the embedded store from the run's article graphs, as `partykg query` does the first time."""
    from partykg.store import sync_store

    store_dir = work / "store"
    shutil.rmtree(store_dir, ignore_errors=True)
    t = time.perf_counter()
    sync_store(out, store=store_dir)
    sec = time.perf_counter() - t
    shutil.rmtree(store_dir, ignore_errors=True)
    return sec, "partykg.store.sync_store (embedded Oxigraph store, every article graph)"


def child_floor(paths: list[Path]) -> dict:
    """The floor: what any spaCy-vi pipeline pays, with nothing of ours."""
    import spacy
    from pyvi import ViTokenizer

    texts = [p.read_text(encoding="utf-8") for p in paths]
    nlp = spacy.blank("vi")
    list(nlp.pipe(texts[:2]))  # warm up pyvi's model load
    # the yardstick's best of FLOOR_REPEATS where it takes seconds: noise only adds time, and one slow
    # reading (14.5 s at 600 for 16.9 at 1,000 in one run) would flatter every ratio to it
    spacy_s = spacy_cpu = float("inf")
    repeats = FLOOR_REPEATS if len(paths) <= 1000 else 1
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        if wall < spacy_s:
            spacy_s, spacy_cpu = wall, cpu
    # the same on every CPU (what `--workers auto` uses): spaCy's own multiprocessing
    cpus = len(os.sched_getaffinity(0))
    t = time.perf_counter()
    sum(len(doc) for doc in nlp.pipe(texts, n_process=cpus, batch_size=64)) if cpus > 1 else None
    spacy_all_s = time.perf_counter() - t if cpus > 1 else None
    t = time.perf_counter()
    for text in texts:
        ViTokenizer.tokenize(text)
    pyvi_s = time.perf_counter() - t
    rx = re.compile(r"(?:số\s*)?\d{1,4}\s*-\s*(?:NQ|CT|QĐ|KL|HD|QC|TB)\s*/\s*[A-ZĐ]{1,6}\b"
                    r"|\b(?:Bí thư|Chủ tịch|Trưởng ban|Phó)\b|\d+(?:[.,]\d+)*\s*(?:đảng viên|ĐV|%)")
    t = time.perf_counter()
    hits = sum(len(rx.findall(text)) for text in texts)
    regex_s = time.perf_counter() - t
    return {"seconds": {"spacy": spacy_s, "pyvi": pyvi_s, "regex": regex_s, "spacy_all_cpus": spacy_all_s},
            "cpus": cpus, "spacy_cpu_s": spacy_cpu, "repeats": repeats,
            "tokens": tokens, "regex_hits": hits}


def child_peer(paths: list[Path]) -> dict:
    """underthesea's ready-made NER (shipped CRF model), sentence by sentence as its docs show."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # its NER must not need a download
    from underthesea import ner, sent_tokenize

    texts = [p.read_text(encoding="utf-8") for p in paths]
    ner(sent_tokenize(texts[0])[0])  # load the models outside the timing
    t, c = time.perf_counter(), time.process_time()
    entities = 0
    for text in texts:
        for sent in sent_tokenize(text):
            entities += sum(1 for tok in ner(sent) if tok[-1].startswith("B-"))
    return {"seconds": time.perf_counter() - t, "cpu_s": time.process_time() - c, "entities": entities,
            "model": "underthesea.ner (CRF, shipped in the wheel; deep=False)"}


VALIDATORS = [  # (label, module, inference, data handed over as)
    ("pySHACL, RDFS inference", "pyshacl", "rdfs", "rdflib"),
    ("partykg.validate, as validate.py does (turbo; shapes, ontology prepared once)", "partykg.validate", "rdfs",
     "triples"),
    ("pyshacl-turbo, RDFS inference, rdflib data (what validate.py did in 0.1.0)", "pyshacl_turbo", "rdfs",
     "rdflib"),
    ("pyshacl-turbo, no inference", "pyshacl_turbo", "none", "rdflib"),
    ("pyshacl-turbo, RDFS inference, data as a pyoxigraph Store", "pyshacl_turbo", "rdfs", "store"),
]


def _with_defects(triples: list, i: int) -> list:
    """Every 4th article gets known SHACL defects, so that 'same violation counts' is a real check:
    its identifier dropped, a document typed by a subclass and without a label, a bare membership,
    and a malformed second identifier on its documents."""
    if i % 4:
        return triples
    from pyoxigraph import Literal, NamedNode, Triple

    from partykg.rdf.namespaces import DCTERMS, ORG, PKG, RDF
    out = [t for t in triples if t.predicate != DCTERMS.identifier or "/article/" not in t.subject.value]
    docs = {t.subject for t in triples if t.predicate == RDF.type and t.object.value.startswith(PKG[""].value)
            and "/document/" in t.subject.value}
    for d in docs:
        out.append(Triple(d, DCTERMS.identifier, Literal("bad id")))
    out.append(Triple(NamedNode(f"https://example.org/defect/{i}/doc"), RDF.type, PKG.Directive))
    out.append(Triple(NamedNode(f"https://example.org/defect/{i}/membership"), RDF.type, ORG.Membership))
    return out


def child_validation(paths: list[Path]) -> dict:
    """pySHACL vs pyshacl-turbo, with and without RDFS inference, per article vs once on the
    merged graph: time, and whether the violation counts agree."""
    import importlib

    import rdflib
    from pyoxigraph import RdfFormat, serialize

    from partykg.extract import build_pipeline, extract
    from partykg.ingest import read_article
    from partykg.package_data import read_bytes
    from partykg.rdf.mapping import to_triples
    from partykg.validate import ONTOLOGY_DIR

    nlp = build_pipeline()
    graphs = []
    for i, p in enumerate(paths):
        a = read_article(p)
        graphs.append(serialize(_with_defects(to_triples(a, extract(a, nlp)), i), format=RdfFormat.N_TRIPLES))
    shapes = rdflib.Graph().parse(data=read_bytes(ONTOLOGY_DIR, "shapes.ttl"), format="turtle")
    ontology = rdflib.Graph().parse(data=read_bytes(ONTOLOGY_DIR, "partykg.ttl"), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")

    def run(engine, inference: str, data: bytes, as_: str = "rdflib") -> tuple[int, int]:
        """Parse and validate, as validate.py does; the data as an rdflib Graph or a pyoxigraph Store."""
        if as_ == "triples":  # partykg.validate.validate itself, on the mapping's pyoxigraph triples
            import pyoxigraph
            triples = list(pyoxigraph.parse(data, format=RdfFormat.N_TRIPLES))
            return engine.validate(triples).violations, len(triples)
        if as_ == "store":  # stays native in pyshacl-turbo: no round trip through rdflib
            import pyoxigraph
            g = pyoxigraph.Store()
            g.load(data, format=RdfFormat.N_TRIPLES)
        else:
            g = rdflib.Graph().parse(data=data, format="nt")
        _conforms, report, _text = engine.validate(
            g, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True,
            allow_warnings=True)
        if isinstance(report, (str, bytes)):  # engines may hand back a serialized report
            report = rdflib.Graph().parse(data=report, format="turtle")
        return sum(1 for _ in report.subjects(sh.resultSeverity, sh.Violation)), len(g)

    merged = b"".join(graphs)
    out = {"articles": len(paths), "defective_articles": len(range(0, len(paths), 4)), "engines": {}}
    for label, module, inference, as_ in VALIDATORS:
        engine = importlib.import_module(module)
        try:
            run(engine, inference, graphs[0], as_)  # warm-up
        except NotImplementedError as exc:  # a feature the engine lacks (validate.py falls back)
            out["engines"][label] = {"unsupported": str(exc)[:200]}
            continue
        t, c = time.perf_counter(), time.process_time()
        per = [run(engine, inference, g, as_) for g in graphs]
        per_s, per_cpu = time.perf_counter() - t, time.process_time() - c
        t, c = time.perf_counter(), time.process_time()
        merged_v, merged_n = run(engine, inference, merged, as_)
        merged_s, merged_cpu = time.perf_counter() - t, time.process_time() - c
        out["engines"][label] = {
            "per_article_s": per_s, "per_article_cpu_s": per_cpu, "per_article_violations": sum(v for v, _ in per),
            "merged_s": merged_s, "merged_cpu_s": merged_cpu, "merged_violations": merged_v,
            "triples": sum(n for _, n in per), "merged_triples": merged_n}
    e = [x for x in out["engines"].values() if "unsupported" not in x]
    out["same_counts"] = (len({x["per_article_violations"] for x in e}) == 1
                          and len({x["merged_violations"] for x in e}) == 1)
    return out


def child_profile(paths: list[Path], work: Path) -> dict:
    """cProfile of process_file over the sample plus write_outputs: where does the time go?"""
    from partykg.emit import write_outputs
    from partykg.process import pipeline, process_file

    pipeline()
    process_file(paths[0])  # warm-up: pipeline, shapes and ontology caches
    prof = cProfile.Profile()
    out = work / "profile-out"
    t = time.perf_counter()
    prof.enable()
    results = [process_file(p) for p in paths]
    write_outputs(results, out)
    prof.disable()
    total = time.perf_counter() - t
    shutil.rmtree(out, ignore_errors=True)
    stats = pstats.Stats(prof)
    # cumulative time of the stage functions, and the heaviest functions by own time
    wanted = {"read_article": "ingest", "extract": "extract", "to_graph": "map",
              "validate": "validate", "write_outputs": "serialize"}
    stages = {}
    for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if func in wanted and "partykg" in file:
            stages[wanted[func]] = stages.get(wanted[func], 0.0) + ct
    s = io.StringIO()
    pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(18)
    own = [ln for ln in s.getvalue().splitlines() if re.match(r"\s*\d", ln)]
    s = io.StringIO()
    pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(30)
    cum = [ln for ln in s.getvalue().splitlines() if re.match(r"\s*\d", ln)]
    return {"seconds": total, "stages": stages, "top_own": own, "top_cumulative": cum}


# --------------------------------------------------------------------------- end to end

class TreeRSS(threading.Thread):
    """Samples the summed RSS of a process and all its descendants (the Prefect server too)."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kb, self._halt = pid, every, 0, threading.Event()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as fh:
                        ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(d))
                except (OSError, IndexError, ValueError):
                    pass
        todo, seen = [self.pid], []
        while todo:
            p = todo.pop()
            seen.append(p)
            todo.extend(children.get(p, []))
        return seen

    def run(self) -> None:
        while not self._halt.is_set():
            total = 0
            for p in self._tree():
                try:
                    with open(f"/proc/{p}/status") as fh:
                        for line in fh:
                            if line.startswith("VmRSS:"):
                                total += int(line.split()[1])
                                break
                except OSError:
                    pass
            self.peak_kb = max(self.peak_kb, total)
            self._halt.wait(self.every)

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return self.peak_kb / 1024


def e2e(input_dir: Path, output_dir: Path, env: dict, log: Path) -> dict:
    """`partykg run` as a user runs it, under /usr/bin/time -v; wall seconds and peak RSS."""
    cmd = [str(ROOT / ".venv/bin/partykg"), "run", "--input", str(input_dir), "--output", str(output_dir)]
    if Path("/usr/bin/time").exists():
        cmd = ["/usr/bin/time", "-v"] + cmd
    # CPU: of every process of the run. Its workers' parent is a fork server (partykg.pool) that
    # ends a moment after the command, reparented here (a subreaper): counted once reaped here,
    # never in /usr/bin/time's figures
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
        sampler = TreeRSS(proc.pid)
        sampler.start()
        rc = proc.wait()
    wall = time.perf_counter() - t
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the orphans of the run
        try:
            if os.waitpid(-1, os.WNOHANG) == (0, 0):
                time.sleep(0.05)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    tree_mb = sampler.stop()
    text = log.read_text(errors="replace")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    out_bytes = (sum(f.stat().st_size for f in Path(output_dir).rglob("*") if f.is_file())
                 if Path(output_dir).exists() else 0)
    w = re.search(r"flow [\d.]+ s, (\d+) worker", text)
    return {"workers": int(w.group(1)) if w else None, "seconds": wall, "cpu_s": cpu, "rc": rc,
            "max_rss_mb": int(m.group(1)) / 1024 if m else None,
            "tree_rss_mb": tree_mb, "output_bytes": out_bytes, "log": str(log)}


# --------------------------------------------------------------------------- orchestration

def run_child(kind: str, n: int, args, timeout: float | None = None, corpus: Path | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--n", str(n),
           "--work", str(args.work), "--seed", str(args.seed)] + (["--corpus", str(corpus)] if corpus else [])
    t = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env=_env(args))
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - t
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"error": f"exit {proc.returncode}: {proc.stderr[-1500:]}"}
    res = json.loads(lines[-1])
    res["wall_s"] = wall
    return res


def _env(args) -> dict:
    env = dict(os.environ)
    env["PREFECT_HOME"] = str(args.work / "prefect-home")  # never another engineer's database
    # the temporary server gets 20 s to start by default: not enough on a loaded 2-core machine
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env["HF_HUB_OFFLINE"] = "1"
    env.pop("PREFECT_API_URL", None)  # a temporary server of its own, as a user's first run
    return env


def machine() -> dict:
    def sh(cmd):
        try:
            return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    mem = sh("grep MemTotal /proc/meminfo").split()
    versions = {}
    for pkg in PACKAGES:
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = "not installed"
    return {
        "nproc": sh("nproc"),
        "cpu": sh("lscpu | sed -n 's/^Model name: *//p' | head -1") or platform.processor(),
        "memory_gb": round(int(mem[1]) / 1024 / 1024, 1) if len(mem) > 1 else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
        "git": sh(f"git -C {ROOT} rev-parse --short HEAD")
        + (" (dirty)" if sh(f"git -C {ROOT} status --porcelain -- src ontology queries") else ""),
        "loadavg_start": os.getloadavg(),
    }


def link_subset(corpus: Path, n: int, dest: Path) -> Path:
    """Directory holding the first n articles of the corpus (hard links: same bytes, no copy)."""
    if dest.exists() and len(list(dest.glob("*.txt"))) == n:
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for p in _paths(corpus, n):
        try:
            os.link(p, dest / p.name)
        except OSError:
            shutil.copy2(p, dest / p.name)
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="partykg benchmarks")
    ap.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--quick", action="store_true", help="sizes 100,300; small samples")
    ap.add_argument("--peer-sample", type=int, default=100, help="articles for underthesea (slow)")
    ap.add_argument("--validation-sample", type=int, default=50,
                    help="articles for the SHACL comparison (pySHACL is slow)")
    ap.add_argument("--profile-sample", type=int, default=200, help="articles for the profile")
    ap.add_argument("--budget", type=float, default=0,
                    help="seconds; skip measurements that would not fit (0: no limit)")
    ap.add_argument("--fresh-prefect", action="store_true", help="start from an empty Prefect database")
    ap.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / f"partykg-bench-{os.getuid()}")
    ap.add_argument("--md", type=Path, default=ROOT / "docs/benchmarks.md")
    ap.add_argument("--json", type=Path, default=ROOT / "docs/benchmarks.json")
    ap.add_argument("--report-only", action="store_true", help="re-render --md from the --json of a run")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)  # a child's corpus (default: the generated)
    ap.add_argument("--real", type=Path, default=REAL_TEXTS,
                    help="real articles (*.txt) for the real-text row; skipped when absent")
    ap.add_argument("--real-copies", type=int, default=24, help="variations of each real article")
    args = ap.parse_args(argv)
    args.work = args.work.resolve()

    corpus = args.corpus or args.work / "corpus"
    if args.child:
        paths = _paths(corpus, args.n)
        fn = {"stages": lambda: child_stages(paths, args.work / f"tmp-{os.getpid()}"),
              "floor": lambda: child_floor(paths), "peer": lambda: child_peer(paths),
              "validation": lambda: child_validation(paths),
              "profile": lambda: child_profile(paths, args.work / f"tmp-{os.getpid()}")}[args.child]
        res = fn()
        res["n"], res["bytes"] = args.n, _bytes(paths)
        shutil.rmtree(args.work / f"tmp-{os.getpid()}", ignore_errors=True)
        _emit(res)
        return 0

    if args.report_only:
        res = json.loads(args.json.read_text())
        for key in ("e2e", "rerun", "stages", "floor", "corpus_bytes"):
            res[key] = {int(k): v for k, v in res[key].items()}
        res["targets"] = targets(res)
        args.md.write_text(report(res))
        return 0
    if args.quick:
        args.sizes = "100,300"
        args.peer_sample, args.validation_sample, args.profile_sample = 20, 20, 50
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    started = time.perf_counter()
    deadline = started + args.budget if args.budget else None

    def fits(estimate: float) -> bool:
        return deadline is None or time.perf_counter() + estimate < deadline

    def say(msg: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f}s] {msg}", flush=True)

    res: dict = {"started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 "command": " ".join(["benchmarks/run.py"] + (argv if argv is not None else sys.argv[1:])),
                 "machine": machine(), "sizes": sizes, "seed": args.seed, "e2e": {}, "rerun": {},
                 "stages": {}, "floor": {}, "skipped": [], "sample_estimates": {}}
    args.work.mkdir(parents=True, exist_ok=True)
    say(f"corpus: {max(sizes)} articles (seed {args.seed}) -> {corpus}")
    make_corpus.make_corpus(max(sizes), corpus, args.seed)
    res["corpus_bytes"] = {n: _bytes(_paths(corpus, n)) for n in sizes}
    env = _env(args)

    def est(kind: str, n: int) -> float:
        """Seconds a measurement at n should take, from the largest smaller size measured."""
        table = {"e2e": res["e2e"], "stages": res["stages"], "floor": res["floor"]}[kind]
        done = [m for m in sizes if m < n and m in table and "error" not in table[m]]
        if not done:
            return 0.0
        m = max(done)
        wall = (table[m].get("seconds") if kind == "e2e" else table[m].get("wall_s")) or 0
        if kind == "floor":  # (a larger size's floor is timed once: the smaller one's repeats left out)
            wall -= (table[m].get("repeats", 1) - 1) * table[m]["seconds"]["spacy"]
        return wall * n / m

    # Prefect keeps its database in a home of this benchmark's own. Its first start creates the
    # database (paid once per machine by a user): measured apart, on 5 articles, when it happens.
    if args.fresh_prefect:
        shutil.rmtree(args.work / "prefect-home", ignore_errors=True)
    if not any((args.work / "prefect-home").glob("*.db")):
        say("Prefect first start (creates its database), 5 articles")
        res["prefect_first_start"] = e2e(link_subset(corpus, 5, args.work / "in-5"), args.work / "out-5",
                                         env, args.work / "e2e-5.log")
        shutil.rmtree(args.work / "out-5", ignore_errors=True)

    def measure(kind: str, n: int) -> bool:
        """One measurement, unless its estimate does not fit in what is left of the budget."""
        if kind in ("peer", "validation", "profile"):  # fixed samples, independent of the sizes
            e = res["sample_estimates"].get(kind, 0.0)
            if not fits(e):
                res["skipped"].append(f"{kind} on {n} articles: estimated {e:.0f} s, over the time budget")
                say(f"skip {kind} (estimated {e:.0f} s)")
                return False
            say(f"{kind}: {n} articles")
            res[kind] = run_child(kind, n, args)
            if "error" in res[kind]:
                say(f"  {kind} failed: {res[kind]['error'][-300:]}")
            return True
        e = est(kind, n)
        if not fits(e * 1.1):
            res["skipped"].append(f"{kind} at N={n:,}: estimated {e:.0f} s, over the time budget")
            say(f"skip {kind} N={n} (estimated {e:.0f} s)")
            return False
        say(f"{kind}: N={n}" + (f" (estimated {e:.0f} s)" if e else ""))
        subset = link_subset(corpus, n, args.work / f"in-{n}")
        if kind == "e2e":
            out = args.work / f"out-{n}"
            shutil.rmtree(out, ignore_errors=True)
            res["e2e"][n] = e2e(subset, out, env, args.work / f"e2e-{n}.log")
            if res["e2e"][n]["rc"] != 0:
                say(f"  partykg run exited {res['e2e'][n]['rc']}: see {res['e2e'][n]['log']}")
            rerun(n, subset, out)
            shutil.rmtree(out, ignore_errors=True)
        else:
            res[kind][n] = run_child(kind, n, args)
            if "error" in res[kind][n]:
                say(f"  failed: {res[kind][n]['error'][-300:]}")
        return True

    def rerun(n: int, subset: Path, out: Path) -> None:
        """Unchanged re-run into the same output: probed at the smallest size, repeated where it pays."""
        first = res["e2e"][n]["seconds"]
        probe = res["rerun"].get(sizes[0])
        incremental = probe is None or probe["seconds"] < 0.5 * res["e2e"][sizes[0]]["seconds"]
        if n == sizes[0] or (incremental and fits(first * 0.2)):
            say(f"re-run unchanged: N={n}")
            res["rerun"][n] = e2e(subset, out, env, args.work / f"rerun-{n}.log")
        elif not incremental:
            res["skipped"].append(f"unchanged re-run at N={n:,}: no incremental run yet "
                                  f"(the N={sizes[0]} re-run took as long as the first)")

    def real_corpus() -> None:
        """End to end and the floor on real text: the dev set's articles, each in --real-copies variations."""
        if not args.real.is_dir() or not any(args.real.glob("*.txt")):
            res["skipped"].append(f"real-text row: no articles in {args.real}")
            return
        src = args.work / "real"
        paths = make_corpus.make_real_corpus(args.real, args.real_copies, src)
        n = len(paths)
        done = [m for m in sizes if m in res["e2e"]]  # estimated from the end-to-end rate so far
        e = res["e2e"][max(done)]["seconds"] * n / max(done) * 1.5 if done else 0.0
        if not fits(e):
            res["skipped"].append(f"real-text row: estimated {e:.0f} s, over the time budget")
            return
        say(f"real text: {n} articles ({len(list(args.real.glob('*.txt')))} x {args.real_copies} variations)")
        out = args.work / "out-real"
        shutil.rmtree(out, ignore_errors=True)
        res["real"] = {"n": n, "texts": len(list(args.real.glob("*.txt"))), "copies": args.real_copies,
                       "bytes": _bytes(paths), "e2e": e2e(src, out, env, args.work / "e2e-real.log"),
                       "floor": run_child("floor", n, args, corpus=src)}
        shutil.rmtree(out, ignore_errors=True)

    def sample_estimates() -> None:
        """Seconds the fixed-sample measurements should take, from the per-article rates seen so far."""
        small = max((m for m in sizes if "seconds" in res["stages"].get(m, {})), default=None)
        per = sum(res["stages"][small]["seconds"].values()) / small if small else 0.2
        res["sample_estimates"] = {"peer": args.peer_sample * per * 2,
                                   "validation": args.validation_sample * per * 8,  # pySHACL: slow
                                   "profile": args.profile_sample * per * 1.5}

    # Priority order, so that a time budget cuts the least useful rows: the small sizes; the
    # second largest end to end and its floor; the peer, the SHACL comparison and the profile;
    # the largest size end to end (when it cannot fit, the largest round size that does, so
    # scaling is still seen); then the stages of the larger sizes.
    for n in sizes[:-2]:
        for kind in ("floor", "stages", "e2e"):
            measure(kind, n)
    if len(sizes) > 1:
        measure("e2e", sizes[-2])
        measure("floor", sizes[-2])
    sample_estimates()
    measure("peer", min(args.peer_sample, max(sizes)))
    measure("validation", min(args.validation_sample, max(sizes)))
    measure("profile", min(args.profile_sample, max(sizes)))
    real_corpus()
    big = sizes[-1]
    if not measure("e2e", big) and len(sizes) > 1:
        for m in (5000, 3000, 2000):
            if sizes[-2] < m < big and fits(est("e2e", m) * 1.1):
                res["skipped"].append(f"end to end measured at N={m:,} instead of {big:,} (time budget)")
                sizes.append(m)
                sizes.sort()
                res["corpus_bytes"][m] = _bytes(_paths(corpus, m))
                measure("e2e", m)
                big = m
                break
    if len(sizes) > 1:
        measure("stages", sizes[-2] if sizes[-2] != big else sizes[-3] if len(sizes) > 2 else big)
    measure("floor", big)
    measure("stages", big)

    res["machine"]["loadavg_end"] = os.getloadavg()
    res["total_s"] = time.perf_counter() - started
    res["targets"] = targets(res)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False, default=str) + "\n")
    args.md.write_text(report(res))
    for line in res["targets"]:
        print(f"{line['status']}: {line['name']} ({line['detail']})")
    say(f"wrote {args.md} and {args.json}")
    return 0


# --------------------------------------------------------------------------- results

def _rate(n, s):
    return n / s if s else float("nan")


def _floor_at(res: dict, n: int):
    """The floor measured at n, else at the largest size measured (its rate does not depend on N)."""
    done = [m for m in res["sizes"] if "seconds" in res["floor"].get(m, {})]
    if not done:
        return None, None
    m = n if n in done else max(done)
    return m, res["floor"][m]


def targets(res: dict) -> list[dict]:
    sizes = [n for n in res["sizes"] if n in res["e2e"] and res["e2e"][n]["rc"] == 0]
    out = []

    def add(name, ok, detail):
        out.append({"name": name, "status": "n/a" if ok is None else ("PASS" if ok else "FAIL"), "detail": detail})

    big = max(sizes) if sizes else None
    mid = max((n for n in sizes if n < big), default=None) if big else None
    if big:
        e = res["e2e"][big]
        r = _rate(big, e["seconds"])
        fm, fl = _floor_at(res, big)
        if fl:
            f = _rate(fm, fl["seconds"]["spacy"])
            cpu = ""
            if e.get("cpu_s") and fl.get("spacy_cpu_s"):
                cpu = f"; in CPU seconds {_rate(big, e['cpu_s']) / _rate(fm, fl['spacy_cpu_s']):.2f}x"
            allcpu = ""
            if fl["seconds"].get("spacy_all_cpus"):
                fa = _rate(fm, fl["seconds"]["spacy_all_cpus"])
                allcpu = f"; against the floor on {fl['cpus']} processes ({fa:.1f} articles/s) {r / fa:.2f}x"
            gap = "" if r >= f else f"; {f / r:.2f}x faster needed"
            add(f"end to end >= 1.0x the spaCy-vi floor at N={big:,} (moonshot 2x)", r >= f,
                f"{r:.1f} articles/s ({e.get('workers') or '?'} worker{'' if e.get('workers') == 1 else 's'}) "
                f"vs {f:.1f} (floor, one process, "
                f"N={fm:,}) = {r / f:.2f}x{allcpu}{cpu}{gap}")
        else:
            add(f"end to end >= 1.0x the spaCy-vi floor at N={big:,}", None, "floor not measured")
        peer = res.get("peer", {})
        if "seconds" in peer:
            p = _rate(peer["n"], peer["seconds"])
            gap = "" if r >= 30 * p else f"; {30 * p / r:.2f}x faster needed ({30 * p:.1f} articles/s)"
            add(f"end to end >= 30x underthesea NER at N={big:,}", r >= 30 * p,
                f"{r:.1f} vs {p:.2f} articles/s (peer on {peer['n']} articles) = {r / p:.1f}x{gap}")
        if mid:
            rm = _rate(mid, res["e2e"][mid]["seconds"])
            add(f"articles/s at N={big:,} within 20% of N={mid:,}", r >= 0.8 * rm,
                f"{r:.1f} vs {rm:.1f} articles/s = {r / rm:.2f}x")
            mb, mm = e["tree_rss_mb"], res["e2e"][mid]["tree_rss_mb"]
            add(f"peak memory at N={big:,} < 1.5x N={mid:,}", mb < 1.5 * mm,
                f"{mb:.0f} vs {mm:.0f} MB (process tree) = {mb / mm:.2f}x")
        small = 600 if 600 in sizes else None
        fs = _floor_at(res, small)[1] if small else None
        if small and fs:
            es, f6 = res["e2e"][small], _rate(_floor_at(res, small)[0], fs["seconds"]["spacy"])
            r6 = _rate(small, es["seconds"])
            cpu6 = (f"; in CPU seconds {_rate(small, es['cpu_s']) / _rate(small, fs['spacy_cpu_s']):.2f}x"
                    if es.get("cpu_s") and fs.get("spacy_cpu_s") and 600 in res["floor"] else "")
            gap = "" if r6 >= 0.5 * f6 else f"; {0.5 * f6 / r6:.2f}x faster needed ({small / (0.5 * f6):.1f} s)"
            add("end to end >= 0.5x the spaCy-vi floor at N=600 (fixed cost)", r6 >= 0.5 * f6,
                f"{r6:.1f} vs {f6:.1f} articles/s = {r6 / f6:.2f}x "
                f"({es['seconds']:.1f} s, {es.get('workers') or '?'} worker(s)){cpu6}{gap}")
        ob, ib = e.get("output_bytes"), res["corpus_bytes"].get(big)
        if ob and ib:
            add(f"output volume at N={big:,} <= 20x the input (default formats)", ob <= 20 * ib,
                f"{ob / 1e6:.1f} MB for {ib / 1e6:.1f} MB of articles = {ob / ib:.1f}x "
                "(everything under the output directory, its .partykg/ state included)")
        rr = res["rerun"].get(big)
        if rr:
            add(f"unchanged re-run at N={big:,} < 5% of the first run", rr["seconds"] < 0.05 * e["seconds"],
                f"{rr['seconds']:.1f} s vs {e['seconds']:.1f} s = {rr['seconds'] / e['seconds']:.1%}")
        else:
            add(f"unchanged re-run at N={big:,} < 5% of the first run", None, "pending: incremental runs not merged")
    if 10000 not in sizes:
        out.append({"name": "targets are stated for N=10,000", "status": "n/a",
                    "detail": f"largest size measured end to end: {big:,}" if big else "no end-to-end run"})
    return out


def _fixed_and_marginal(res: dict) -> dict:
    """Least-squares fit of CPU seconds = a + b N over the sizes measured, per kind of row."""
    series = {
        "e2e": [(n, e["cpu_s"]) for n, e in res["e2e"].items() if e.get("rc") == 0 and e.get("cpu_s")],
        "stages": [(n, x["cpu_s"]) for n, x in res["stages"].items() if x.get("cpu_s")],
        "floor": [(n, x["spacy_cpu_s"]) for n, x in res["floor"].items() if x.get("spacy_cpu_s")],
    }
    out = {}
    for kind, pts in series.items():
        pts = [(int(n), c) for n, c in pts]
        if len(pts) < 2:
            continue
        mx = sum(n for n, _ in pts) / len(pts)
        my = sum(c for _, c in pts) / len(pts)
        var = sum((n - mx) ** 2 for n, _ in pts)
        if var:
            b = sum((n - mx) * (c - my) for n, c in pts) / var
            out[kind] = (my - b * mx, b)
    return out


def _small_run_gap(res: dict, per_article_cpu: float) -> list[str]:
    """What the N=600 target needs, when it fails: the run's wall time split into what its articles
    cost on the workers (the fitted CPU per article) and the rest (start, Prefect, the run's tail)."""
    e, (fm, fl) = res["e2e"].get(600, {}), _floor_at(res, 600)
    if e.get("rc") != 0 or not fl or not e.get("workers"):
        return []
    goal = 600 / (0.5 * _rate(fm, fl["seconds"]["spacy"]))  # seconds
    if e["seconds"] <= goal:
        return []
    articles = 600 * per_article_cpu / e["workers"]
    rest = max(e["seconds"] - articles, 0.0)
    verdict = ("the articles alone take longer than the goal: the CPU per article must shrink first, then the rest"
               if articles > goal else "cutting the rest to what the goal leaves would close it")
    return [f"At N=600 the 0.5x target needs the run done in {goal:.1f} s against {e['seconds']:.1f}: its articles, "
            f"at {1000 * per_article_cpu:.1f} ms of CPU each on {e['workers']} worker(s), take about {articles:.1f} s "
            f"of it, the rest (start, the Prefect server, the run's tail of merged files and report) {rest:.1f} s; "
            f"{verdict}."]


def findings(res: dict) -> list[str]:
    """What the figures say, in sentences: dominant stage, fixed costs, the validation choice."""
    out = []
    big = max((n for n in res["sizes"] if "cpu" in res["stages"].get(n, {})), default=None)
    if big:
        cpu = res["stages"][big]["cpu"]
        top = max(cpu, key=cpu.get)
        fm, fl = _floor_at(res, big)
        # the extraction tokenizes by syllable: the floor (pyvi segmentation) is a yardstick, not a part
        floor_ms = f"; the bare spaCy-vi floor costs {1000 * fl['spacy_cpu_s'] / fm:.1f} on the same texts" \
            if fl and fl.get("spacy_cpu_s") else ""
        extract = "" if top == "extract" else f"; extract {1000 * cpu['extract'] / big:.1f} ms/article"
        out.append(f"The dominant stage is **{top}**: {cpu[top] / sum(cpu.values()):.0%} of the CPU time of the "
                   f"stages at N={big:,} ({1000 * cpu[top] / big:.1f} ms/article{extract}{floor_ms}).")
    fit = _fixed_and_marginal(res)
    if "e2e" in fit and "floor" in fit:
        a, b = fit["e2e"]
        # a negative intercept: the cost per article grows with N (the report's graph on disk past
        # IN_MEMORY_MAX) more than the fixed cost weighs; said so, not shown as a fixed cost
        lead = (f"A run costs about {a:.0f} CPU s fixed (Prefect server and engine, imports, pipeline) plus" if a >= 0
                else f"The fit finds no fixed cost ({a:.0f} CPU s: the cost per article grows with N, the report's "
                     "graph being on disk past ~1,000 articles); a run costs about")
        out.append(f"{lead} "
                   f"{1000 * b:.1f} ms per article; the floor costs {1000 * fit['floor'][1]:.1f} ms per article, so at "
                   f"scale end to end can reach at best {fit['floor'][1] / b:.2f}x the floor in CPU terms.")
        if big and b > fit["floor"][1]:
            cpu = res["stages"][big]["cpu"]
            over = ", ".join(f"{s} {1000 * cpu[s] / big:.1f}" for s in sorted(cpu, key=lambda s: -cpu[s]))
            out.append(f"What would close the gap to the floor: {1000 * (b - fit['floor'][1]):.1f} ms of CPU per "
                       f"article less (stages, CPU ms/article: {over})"
                       + (f", and the fixed {a:.0f} CPU s, which small runs feel most." if a >= 0 else "."))
        out.extend(_small_run_gap(res, b))
    both = [n for n in res["sizes"] if res["e2e"].get(n, {}).get("cpu_s") and res["stages"].get(n, {}).get("cpu_s")]
    if both:
        n = max(both)
        # a default run builds no store: compare with the stages it does run
        stages = res["stages"][n]["cpu_s"] - res["stages"][n].get("cpu", {}).get("store load", 0)
        extra = res["e2e"][n]["cpu_s"] - stages
        out.append(f"At N={n:,} end to end used {abs(extra):.0f} CPU s {'more' if extra >= 0 else 'less'} than the "
                   f"stages a default run does, measured alone (all but the store load: {res['e2e'][n]['cpu_s']:.0f} "
                   f"vs {stages:.0f}; the stages' child imports partykg and builds the pipeline outside its "
                   "timings)"
                   + (": the difference is the Prefect server and engine, the start of each of the "
                      f"{res['e2e'][n].get('workers') or '?'} worker process(es) (imports, the extraction's compiled "
                      "rule patterns, spaCy, the shapes) and the task runs." if extra >= 0 else
                      ": what Prefect and the workers' start add is within the difference between two measurements "
                      "minutes apart on this machine, so too small to see here."))
    m = res["machine"]
    load = max(m["loadavg_start"][0], (m.get("loadavg_end") or [0])[0])
    if m.get("nproc") and load > float(m["nproc"]):
        out.append(f"The machine was loaded by other jobs (load average up to {load:.1f} on {m['nproc']} cores): "
                   "wall-clock ratios are unreliable; the CPU-second ratios beside them are the better guide.")
    v = res.get("validation", {})
    if "engines" in v:
        eng = {k: x for k, x in v["engines"].items() if "triples" in x}
        cur = next((k for k in eng if "as validate.py does" in k), next(iter(eng)))
        best = min(eng, key=lambda k: eng[k]["per_article_cpu_s"])
        best_m = min(eng, key=lambda k: eng[k]["merged_cpu_s"])
        per_article = (f"{cur} is the fastest per article" if best == cur else
                       f"{best} takes {eng[best]['per_article_cpu_s'] / eng[cur]['per_article_cpu_s']:.0%} "
                       f"of the CPU of {cur}")
        out.append(f"Validation per article: {per_article}; once on the merged graph, {best_m} takes "
                   f"{eng[best_m]['merged_cpu_s'] / eng[cur]['per_article_cpu_s']:.0%} of that; violation counts "
                   + ("identical in every setting." if v["same_counts"] else "**differ** between settings."))
    return out


def report(res: dict) -> str:
    m = res["machine"]
    L = []
    w = L.append
    w("# Benchmarks\n")
    w("Generated by `.venv/bin/python benchmarks/run.py " + " ".join(res["command"].split()[1:]) + "`"
      f" on {res['started']} (commit {m['git']}); raw figures in `docs/benchmarks.json`. "
      "Do not edit by hand: re-run the command.\n")
    w("All rows come from one run on one generated corpus (`benchmarks/make_corpus.py`, seed "
      f"{res['seed']}; each size is the first N articles of the largest). The machine is shared "
      "and noisy: compare rows as ratios within this page, not with other runs.\n")
    w("## Machine\n")
    w("| | |\n|---|---|")
    w(f"| CPU | {m['cpu']}, {m['nproc']} cores (nproc) |")
    w(f"| memory | {m['memory_gb']} GB |")
    w(f"| OS | {m['os']} |")
    w(f"| Python | {m['python']} |")
    w("| load average (1, 5, 15 min) | start " + ", ".join(f"{x:.2f}" for x in m["loadavg_start"])
      + "; end " + ", ".join(f"{x:.2f}" for x in m.get("loadavg_end", [])) + " |")
    w("| packages | " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()) + " |")
    w(f"| whole benchmark | {res.get('total_s', 0) / 60:.1f} min |\n")

    w("## Targets\n")
    w("| status | target | measured |\n|---|---|---|")
    for t in res["targets"]:
        w(f"| **{t['status']}** | {t['name']} | {t['detail']} |")
    w("")

    f = findings(res)
    if f:
        w("## Findings\n")
        for line in f:
            w(f"- {line}")
        w("")

    peer = res.get("peer", {})
    peer_rate = _rate(peer["n"], peer["seconds"]) if "seconds" in peer else None
    w("## Throughput\n")
    w("Wall-clock seconds; *CPU s*: user + system CPU seconds of the same work (all its processes; "
      "less sensitive than wall time to the other jobs on a shared machine). "
      "articles/s and MB/s of input text (UTF-8 bytes of the article files). *× floor*: "
      "throughput relative to bare `spacy.blank(\"vi\")` + `nlp.pipe` on the same N; *× peer*: "
      "relative to underthesea NER"
      + (f" ({peer_rate:.2f} articles/s, measured on a fixed sample of "
         f"{peer['n']} articles: it is too slow for 10,000)" if peer_rate else "") + ".\n")
    w("| N | what | seconds | CPU s | articles/s | MB/s | × floor | × peer | peak RSS (MB) |")
    w("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in res["sizes"]:
        mb = res["corpus_bytes"][n] / 1e6
        fl = res["floor"].get(n, {})
        floor_rate = _rate(n, fl["seconds"]["spacy"]) if "seconds" in fl else None

        def row(label, secs, rss="", cpu=None, count=n, size=mb):
            if secs is None:
                return
            r = _rate(count, secs)
            xf = f"{r / floor_rate:.2f}" if floor_rate else ""
            xp = f"{r / peer_rate:.1f}" if peer_rate else ""
            c = f"{cpu:.1f}" if cpu else ""
            w(f"| {n:,} | {label} | {secs:.1f} | {c} | {r:.1f} | {size / secs:.2f} | {xf} | {xp} | {rss} |")

        e = res["e2e"].get(n)
        if e:
            label = "**end to end** (`partykg run`, Prefect included)" + ("" if e["rc"] == 0 else f" — exit {e['rc']}")
            row(label, e["seconds"],
                f"{e['tree_rss_mb']:.0f} (process tree); {e['max_rss_mb'] or 0:.0f} (largest process)",
                e.get("cpu_s"))
        rr = res["rerun"].get(n)
        if rr:
            row("unchanged re-run (same input, same output dir)", rr["seconds"], f"{rr['tree_rss_mb']:.0f}",
                rr.get("cpu_s"))
        st = res["stages"].get(n, {})
        if "seconds" in st:
            for s in STAGES:
                row(f"stage: {s}", st["seconds"][s], "", st.get("cpu", {}).get(s))
            row("stages summed (one process, no Prefect)", sum(st["seconds"].values()), f"{st['peak_rss_mb']:.0f}",
                st.get("cpu_s"))
        elif "error" in st:
            w(f"| {n:,} | stages | failed: {st['error'][:120]} | | | | | | |")
        if "seconds" in fl:
            row("floor: `spacy.blank(\"vi\")` + `nlp.pipe`", fl["seconds"]["spacy"], f"{fl['peak_rss_mb']:.0f}",
                fl.get("spacy_cpu_s"))
            if fl["seconds"].get("spacy_all_cpus"):
                row(f"floor on {fl['cpus']} processes: `nlp.pipe(n_process={fl['cpus']})`",
                    fl["seconds"]["spacy_all_cpus"])
            row("floor: pyvi `ViTokenizer.tokenize` alone", fl["seconds"]["pyvi"])
            row("floor: one regex scan", fl["seconds"]["regex"])
    if peer_rate:
        w(f"| {peer['n']:,} (sample) | peer: underthesea NER ({peer.get('model', '')}) | {peer['seconds']:.1f} | "
          f"{peer.get('cpu_s', 0):.1f} | {peer_rate:.2f} | {peer['bytes'] / 1e6 / peer['seconds']:.3f} | | 1.0 | "
          f"{peer['peak_rss_mb']:.0f} |")
    elif "error" in peer:
        w(f"| | peer: underthesea NER | failed: {peer['error'][:200]} | | | | | | |")
    real = res.get("real")
    if real:
        n, fl, e = real["n"], real["floor"], real["e2e"]
        fr = _rate(n, fl["seconds"]["spacy"]) if "seconds" in fl else None
        for label, secs, cpu, rss in (
                ("**end to end** (`partykg run`)" + ("" if e["rc"] == 0 else f" — exit {e['rc']}"), e["seconds"],
                 e.get("cpu_s"), f"{e['tree_rss_mb']:.0f} (process tree)"),
                ("floor: `spacy.blank(\"vi\")` + `nlp.pipe`", fl.get("seconds", {}).get("spacy"),
                 fl.get("spacy_cpu_s"), f"{fl.get('peak_rss_mb', 0):.0f}")):
            if secs:
                r = _rate(n, secs)
                w(f"| {n:,} (real text) | {label} | {secs:.1f} | {cpu or 0:.1f} | {r:.1f} | "
                  f"{real['bytes'] / 1e6 / secs:.2f} | {f'{r / fr:.2f}' if fr else ''} | "
                  f"{f'{r / peer_rate:.1f}' if peer_rate else ''} | {rss} |")
    w("")
    if real:
        w(f"*Real text*: the {real['texts']} articles of the dev set (read from `../shared/dev/texts` at benchmark "
          f"time, never copied into the repository), each in {real['copies']} variations (every count shifted by "
          f"the variation's number; dates, identifiers and years kept), {real['n']:,} distinct articles "
          f"({real['bytes'] / 1e6:.2f} MB: real articles are shorter than the generated ones); "
          f"output {real['e2e']['output_bytes'] / real['bytes']:.1f}x the input.\n")
    pf = res.get("prefect_first_start")
    if pf:
        w(f"Not in the rows: Prefect's first start in a fresh `PREFECT_HOME` (it creates its database), "
          f"measured as `partykg run` on 5 articles: {pf['seconds']:.1f} s (exit {pf['rc']}). A user pays it once.\n")
    if res["skipped"]:
        w("Not measured in this run:\n")
        for s in res["skipped"]:
            w(f"- {s}")
        w("")

    # stage shares
    big = max((n for n in res["sizes"] if "seconds" in res["stages"].get(n, {})), default=None)
    if big:
        st = res["stages"][big]
        tot = sum(st["seconds"].values())
        w(f"## Where the time goes (stages alone, N={big:,})\n")
        cpu = st.get("cpu") or st["seconds"]
        ctot = sum(cpu.values())
        w("Shares are of CPU seconds (robust to the other jobs on the machine). Each stage is timed as a default "
          "`partykg run` pays it, in one process: *ingest* reads an article's file (`ingest.read_article`); "
          "*extract* runs the rules (`extract.extract`); *map* makes its graph and N-Triples "
          "(`rdf.mapping.to_graph`); *validate* checks it against the shapes (`validate.validate`); *serialize* "
          "writes its files as a run's batch does (`emit.write_article` with `Settling`, whose threads fsync "
          "them, and `Sidecars`, whose sidecars carry the article's rows of the report's per-article queries, "
          "asked of a few articles at a time), then the merged files (`emit.write_merged`); *store load* fills "
          "the embedded Oxigraph store, which a default run leaves to the first `partykg query` or `serve`; "
          "*report* writes `report.html` (`report.write_report`): the graph of the articles, the rows the "
          "sidecars hold, the cross-article queries and the charts. The files written are a default run's "
          "(`run.ttl` and the manifest aside).\n")
        w("| stage | seconds | CPU s | share | CPU ms/article |\n|---|---:|---:|---:|---:|")
        for s in sorted(STAGES, key=lambda s: -cpu[s]):
            w(f"| {s} | {st['seconds'][s]:.1f} | {cpu[s]:.1f} | {cpu[s] / ctot:.0%} | {1000 * cpu[s] / big:.1f} |")
        w(f"\n{st['triples']:,} triples ({st['distinct_triples']:,} distinct), {st['violations']:,} SHACL violations; "
          f"output {st['output_bytes'] / 1e6:.1f} MB; store: {st['store']}; "
          f"building the pipeline: {st['pipeline_build_s']:.1f} s.\n")
        e = res["e2e"].get(big)
        if e and e["rc"] == 0:
            w(f"End to end took {e['seconds']:.1f} s ({e['cpu_s']:.1f} CPU s) for the same articles against "
              f"{tot:.1f} s ({st['cpu_s']:.1f} CPU s) for the stages alone; the difference is Prefect (temporary "
              "server, flow and task runs, logs sent to the server), process start-up and building the pipeline.\n")
        fit = _fixed_and_marginal(res)
        if fit:
            w(f"Fitted over the sizes measured, CPU seconds = fixed + N × per-article: end to end "
              f"{fit['e2e'][0]:.1f} s + {1000 * fit['e2e'][1]:.1f} ms/article"
              + (f"; stages alone {fit['stages'][0]:.1f} s + {1000 * fit['stages'][1]:.1f} ms/article"
                 if "stages" in fit else "")
              + (f"; floor {1000 * fit['floor'][1]:.1f} ms/article" if "floor" in fit else "") + ".\n")

    v = res.get("validation", {})
    if "engines" in v:
        first = next(x for x in v["engines"].values() if "triples" in x)
        w(f"## SHACL validation ({v['n']} articles, {first['triples']:,} triples)\n")
        w(f"Every 4th article ({v['defective_articles']} of them) carries known defects (identifier dropped, a "
          "subclass-typed document without a label, a bare membership, a malformed second document identifier), "
          "so that equal violation counts mean something. Shapes and ontology are parsed once; *per article* "
          "is one call per article graph, as `process.py` does.\n")
        w("| engine | per article: s | CPU s | triples/s | merged graph: s | CPU s | triples/s "
          "| violations per article / merged |")
        w("|---|---:|---:|---:|---:|---:|---:|---|")
        for label, x in v["engines"].items():
            if "unsupported" in x:
                w(f"| {label} | unsupported: {x['unsupported'][:80]} | | | | | | |")
                continue
            w(f"| {label} | {x['per_article_s']:.1f} | {x['per_article_cpu_s']:.1f} | "
              f"{x['triples'] / x['per_article_s']:,.0f} | "
              f"{x['merged_s']:.1f} | {x['merged_cpu_s']:.1f} | {x['merged_triples'] / x['merged_s']:,.0f} | "
              f"{x['per_article_violations']} / {x['merged_violations']} |")
        w(f"\nSame violation counts from every engine and setting: **{'yes' if v['same_counts'] else 'NO'}**.\n")
    elif "error" in v:
        w(f"## SHACL validation\n\nfailed: {v['error'][:400]}\n")

    p = res.get("profile", {})
    if "top_own" in p:
        w(f"## Profile (cProfile, `process_file` × {p['n']} + `write_outputs`, "
          f"{p['seconds']:.1f} s under the profiler)\n")
        w("Cumulative seconds per stage function: " + ", ".join(
            f"{k} {v:.1f} s ({v / p['seconds']:.0%})"
            for k, v in sorted(p["stages"].items(), key=lambda kv: -kv[1])) + ".\n")
        w("Heaviest functions by own time:\n\n```")
        w("   ncalls  tottime  percall  cumtime  percall filename:lineno(function)")
        L.extend(ln.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", "") for ln in p["top_own"])
        w("```\n")
        w("Heaviest by cumulative time:\n\n```")
        w("   ncalls  tottime  percall  cumtime  percall filename:lineno(function)")
        L.extend(ln.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", "") for ln in p["top_cumulative"])
        w("```\n")
    w("## How to run\n")
    w("```sh\n.venv/bin/python benchmarks/run.py                   # N = 100, 1,000, 10,000 (about 25 min on 2 cores)\n"
      ".venv/bin/python benchmarks/run.py --sizes 100,1000  # a quicker pass\n"
      ".venv/bin/python benchmarks/run.py --quick           # a smoke run: N = 100, 300, small samples\n"
      ".venv/bin/python benchmarks/run.py --sizes 600,1000,10000 --budget 2400  # what fits in 40 min\n```\n")
    w("Peak RSS of the end-to-end run is sampled (every 0.2 s) over the whole process tree, the Prefect "
      "temporary server included; `/usr/bin/time -v` gives the largest single process. The other rows run "
      "each in a fresh child process and report its own peak RSS.")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    sys.exit(main())
