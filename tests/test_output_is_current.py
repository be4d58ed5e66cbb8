"""output/ is the committed result of the default run: prove it is what the code makes now."""
from pathlib import Path

from partykg.emit import RUN_FILE, write_outputs
from partykg.process import process_file

from conftest import ROOT


def test_committed_output_matches_a_fresh_run(tmp_path, seed_paths):
    results = [process_file(p) for p in seed_paths]
    assert all(r.error is None for r in results)
    write_outputs(results, tmp_path)
    committed = ROOT / "output"
    # run.ttl holds the run's times: the one output that differs from run to run
    # .partykg/ is the state of incremental runs, not output
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")
                   if p.is_file() and p.relative_to(tmp_path) != Path(RUN_FILE)
                   and ".partykg" not in p.relative_to(tmp_path).parts)
    kept = sorted(p.relative_to(committed) for p in committed.rglob("*")
                  if p.is_file() and not {"store", ".partykg"} & set(p.relative_to(committed).parts)
                  and p.relative_to(committed) != Path(RUN_FILE))
    assert fresh == kept, "output/ has other files than a fresh run: run `make run` and commit"
    for rel in fresh:
        assert (tmp_path / rel).read_bytes() == (committed / rel).read_bytes(), (
            f"output/{rel} differs from a fresh run: run `make run` and commit output/")
