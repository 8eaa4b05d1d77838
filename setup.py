"""Build hook: an optional build with the hot modules compiled to C by mypyc.

The default install (``pip install .``) is pure Python and needs no compiler: everything about the
package is in ``pyproject.toml``, and this file then only calls ``setup()``. With ``AIDTRACKER_MYPYC=1``
in the environment, the modules below are compiled with mypyc (mypy's compiler): the build needs mypy
and a C compiler, the installed package needs nothing new (mypyc's runtime is compiled in). Records
are the same either way. See the README ("A compiled build").
"""

from __future__ import annotations

import os

from setuptools import setup

#: The modules compiled by the optional build: the number reader, sentence splitter, phrase matcher,
#: donor finder and the extractor (where parse spends its time; chosen by measurement).
MYPYC_MODULES = ["_numbers", "_match", "_sentences", "_extract", "_donors"]

if os.environ.get("AIDTRACKER_MYPYC", "") not in ("", "0"):
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        raise SystemExit(
            "AIDTRACKER_MYPYC=1 needs mypy (which includes mypyc) where the package is built: "
            "pip install mypy, then pip install --no-build-isolation ."
        ) from error
    # AIDTRACKER_MYPYC_MODULES="_numbers _match" compiles those instead (to measure another choice).
    modules = os.environ.get("AIDTRACKER_MYPYC_MODULES", "").split() or MYPYC_MODULES
    opt_level = os.environ.get("MYPYC_OPT_LEVEL", "3")
    setup(
        ext_modules=mypycify(
            [f"aidtracker/{name}.py" for name in modules], opt_level=opt_level, group_name="aidtracker"
        )
    )
else:
    setup()
