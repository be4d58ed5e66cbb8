"""Extraction: Article -> Extraction, with a spaCy pipeline of registered components."""
from partykg.extract.pipeline import build_pipeline, extract

__all__ = ["build_pipeline", "extract"]
