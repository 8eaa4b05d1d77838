"""Cold import and first-use cost, each beside its floor (a bare interpreter, and pandas' own import).

Run: ``pytest benchmarks/bench_import.py --benchmark-only``. Goal: ``import aidtracker`` under 0.5 s
on the project's machines, with pandas itself the main cost of first use.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "floor: python -c pass": "pass",
    "floor: import pandas": "import pandas",
    "import aidtracker": "import aidtracker",
    "first use: ureg": "import aidtracker as at; at.ureg('480 vehicle / year')",
    "first use: Pledge": "import aidtracker as at; at.Pledge(id='p', category='armour', quantity='1 vehicle')",
    "first use: to_frame": "import aidtracker as at; at.to_frame([at.Pledge(id='p', category='armour', quantity='1 vehicle')])",
}


@pytest.mark.parametrize("code", list(CASES.values()), ids=list(CASES))
def test_cold_start(benchmark, code: str) -> None:  # type: ignore[no-untyped-def]
    command = [sys.executable, "-c", code]
    benchmark.pedantic(subprocess.run, args=(command,), kwargs={"check": True}, rounds=5, iterations=1)
