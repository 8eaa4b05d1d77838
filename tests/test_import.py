"""``import aidtracker`` stays light: heavy libraries and data load on first use, not at import."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "numpy", "pint", "pydantic", "pycountry", "tqdm")


def loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split()) & set(HEAVY)


def test_import_loads_nothing_heavy() -> None:
    assert loaded_after("import aidtracker") == set()


def test_records_do_not_need_pandas() -> None:
    assert "pandas" not in loaded_after(
        "import aidtracker as at; at.Pledge(id='p', category='armour', quantity='1 vehicle')"
    )


def test_registry_loads_on_first_use() -> None:
    assert "pint" in loaded_after("import aidtracker as at; at.ureg")


def test_unknown_attribute_is_an_attribute_error() -> None:
    import pytest

    import aidtracker

    with pytest.raises(AttributeError, match="no_such_name"):
        aidtracker.no_such_name  # type: ignore[attr-defined]  # noqa: B018
