"""The team's corpus scorer (../shared/eval/evaluate.py, beside the repository), loaded once."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SCORER = SHARED / "eval" / "evaluate.py"


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aidtracker_shared_eval", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(corpus: Path) -> dict[str, object]:
    """evaluate.py's report for one corpus file."""
    module = scorer()
    result, _ = module.evaluate(module._load([corpus]))
    return dict(result)
