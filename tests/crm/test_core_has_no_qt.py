"""The core must stay usable without Qt: importing any crm module must not load PySide6 or ui."""

import pkgutil
import subprocess
import sys

import crm

SCRIPT = """
import importlib, pkgutil, sys
import crm
names = [m.name for m in pkgutil.walk_packages(crm.__path__, "crm.") if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(len(names), leaked)
sys.exit(1 if leaked else 0)
"""


def test_importing_every_core_module_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(crm.__path__, "crm.")]
    assert len(modules) > 15
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
