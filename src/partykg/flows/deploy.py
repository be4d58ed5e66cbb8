"""The scheduled deployment of the partykg run (`partykg serve-flow`)."""
from __future__ import annotations

from pathlib import Path

from prefect import flow
from prefect.schedules import Cron

from partykg.flows.etl import run_flow

DEPLOYMENT_NAME = "partykg-scheduled"


@flow(name="partykg-scheduled")
def scheduled_flow(input_dir: str, output_dir: str, workers: int = 1, dask_address: str | None = None) -> dict:
    """One scheduled run: the partykg flow as a subflow on the chosen task runner (incremental),
    then the embedded store brought up to date (incrementally: changed graphs only). Unlike
    `partykg run`, which builds a store only once a query asked for one, a scheduled
    deployment is a service whose queries should see every run."""
    from partykg.store import sync_store

    summary = run_flow(Path(input_dir), Path(output_dir), workers=workers, dask_address=dask_address)
    summary["store"] = sync_store(Path(output_dir)).summary()
    return summary


def build_deployment(cron: str, input_dir: Path, output_dir: Path, workers: int = 1,
                     dask_address: str | None = None, timezone: str | None = None,
                     name: str = DEPLOYMENT_NAME):
    """A runner deployment of the scheduled flow; paths are made absolute (runs start elsewhere)."""
    return scheduled_flow.to_deployment(
        name=name,
        schedules=[Cron(cron, timezone=timezone)] if timezone else None,
        cron=None if timezone else cron,
        parameters={"input_dir": str(Path(input_dir).resolve()), "output_dir": str(Path(output_dir).resolve()),
                    "workers": workers, "dask_address": dask_address},
        description="partykg: incremental run of the knowledge-graph pipeline on a schedule",
        tags=["partykg"],
    )
