"""output/ is the committed result of the default run: prove it is what the code makes now,
through the path `partykg run` takes (`partykg.run`: the Prefect flow; here on the session's test
server, the temporary server of the command is tests/flows/test_cli.py's)."""
from pathlib import Path

import partykg
from partykg.emit import RUN_FILE

from conftest import ROOT, SEEDS


def test_committed_output_matches_a_fresh_run(prefect_server, tmp_path):
    out = tmp_path / "out"
    summary = partykg.run(SEEDS, out)
    assert summary["failed"] == {} and summary["processed"] == len(list(SEEDS.glob("*.txt")))
    committed = ROOT / "output"
    # run.ttl holds the run's times: the one output that differs from run to run
    # .partykg/ is the state of incremental runs, store/ the embedded store: not output
    fresh = sorted(p.relative_to(out) for p in out.rglob("*")
                   if p.is_file() and not {"store", ".partykg"} & set(p.relative_to(out).parts)
                   and p.relative_to(out) != Path(RUN_FILE))
    kept = sorted(p.relative_to(committed) for p in committed.rglob("*")
                  if p.is_file() and not {"store", ".partykg"} & set(p.relative_to(committed).parts)
                  and p.relative_to(committed) != Path(RUN_FILE))
    assert fresh == kept, "output/ has other files than a fresh run: run `make run` and commit"
    for rel in fresh:
        assert (out / rel).read_bytes() == (committed / rel).read_bytes(), (
            f"output/{rel} differs from a fresh run: run `make run` and commit output/")
