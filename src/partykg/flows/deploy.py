"""The scheduled deployment of the partykg run (`partykg serve-flow`, prefect.yaml).

Its entrypoint is a module path, `partykg.flows.deploy.scheduled_flow`: a
process worker imports it from the installed package, so the deployment needs
no code storage, no pull step and no particular working directory.

At most one run of the deployment at a time writes its output: the deployment
has a concurrency limit of 1 with the ENQUEUE collision strategy, so Prefect
holds an overlapping run in the state AwaitingConcurrencySlot until the running
one ends (`serve-flow --on-overlap cancel`: CANCEL_NEW, the overlapping run is
Cancelled). A run that still finds the output directory taken (a `partykg run`
by hand, another deployment) ends Cancelled with one log line, no traceback.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import EntrypointType
from prefect.schedules import Cron
from prefect.states import Cancelled, Completed, Failed

from partykg.flows.etl import run_flow
from partykg.runner import failure_message
from partykg.state import OutputBusyError

DEPLOYMENT_NAME = "partykg-scheduled"
FLOW_NAME = "partykg-scheduled"
ENTRYPOINT = "partykg.flows.deploy.scheduled_flow"
# one run at a time per deployment; an overlapping one waits for the slot (ENQUEUE, the default)
# or is cancelled (CANCEL_NEW)
COLLISION = {"enqueue": ConcurrencyLimitStrategy.ENQUEUE, "cancel": ConcurrencyLimitStrategy.CANCEL_NEW}


@flow(name=FLOW_NAME)
def scheduled_flow(input_dir: str, output_dir: str, workers: int = 1, dask_address: str | None = None):
    """One scheduled run: the partykg flow as a subflow on the chosen task runner (incremental),
    then the embedded store brought up to date (incrementally: changed graphs only). Unlike
    `partykg run`, which builds a store only once a query asked for one, a scheduled
    deployment is a service whose queries should see every run.

    Ends Failed when an input file failed (named in the message, as in the subflow),
    Cancelled when another run holds the output directory, else Completed."""
    from partykg.store import sync_store

    logger = get_run_logger()
    try:
        summary = run_flow(Path(input_dir), Path(output_dir), workers=workers, dask_address=dask_address)
    except OutputBusyError as exc:
        logger.warning("not run: %s", exc)
        return Cancelled(message=str(exc))
    summary["store"] = sync_store(Path(output_dir)).summary()
    if summary["failed"]:
        return Failed(message=failure_message(summary), data=summary)
    return Completed(message=f"{summary['articles']} articles, {summary['triples']} triples; "
                             f"{summary['store']}", data=summary)


def build_deployment(cron: str, input_dir: Path, output_dir: Path, workers: int = 1,
                     dask_address: str | None = None, timezone: str | None = None,
                     name: str = DEPLOYMENT_NAME, pool: str | None = None, on_overlap: str = "enqueue"):
    """A runner deployment of the scheduled flow; paths are made absolute (runs start elsewhere).

    With `pool`, for a work pool: the entrypoint is the module path, which a
    worker imports from the installed package (no code storage). `on_overlap`: what
    Prefect does with a run triggered while one is running, "enqueue" or "cancel"."""
    return scheduled_flow.to_deployment(
        name=name,
        schedules=[Cron(cron, timezone=timezone)] if timezone else None,
        cron=None if timezone else cron,
        parameters={"input_dir": str(Path(input_dir).resolve()), "output_dir": str(Path(output_dir).resolve()),
                    "workers": workers, "dask_address": dask_address},
        description="partykg: incremental run of the knowledge-graph pipeline on a schedule",
        tags=["partykg"],
        concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=COLLISION[on_overlap]),
        work_pool_name=pool,
        entrypoint_type=EntrypointType.MODULE_PATH if pool else EntrypointType.FILE_PATH,
    )
