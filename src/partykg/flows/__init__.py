"""The Prefect flows (orchestration only): `partykg.flows.etl:partykg_flow`, the run of the
pipeline, and `partykg.flows.deploy:scheduled_flow`, its scheduled deployment. As module
paths (what a deployment on a work pool records, prefect.yaml): `partykg.flows.etl.partykg_flow`
and `partykg.flows.deploy.scheduled_flow`."""
