"""The Prefect flows (orchestration only): `partykg.flows.etl:partykg_flow`, the run of the
pipeline, and `partykg.flows.deploy:scheduled_flow`, its scheduled deployment."""
