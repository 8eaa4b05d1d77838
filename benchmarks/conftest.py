"""Print the parse benchmark's throughput lines (MB/s, x the floor) after a benchmark run."""

from __future__ import annotations

import sys
from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").endswith("bench_parse") and hasattr(module, "THROUGHPUT"):
            module.pytest_terminal_summary(terminalreporter)
