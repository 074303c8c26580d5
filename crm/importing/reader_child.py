"""Entry point of the reader child process: `python -m crm.importing.reader_child` (see reader_process).

`crm.domain` loads every mapped class (and SQLAlchemy, ~40 MB and ~0.4 s) when imported as a package;
the child needs only its pure rule modules (normalize, skills, enums, errors), so it registers the
package without running its __init__ before importing anything from it.
"""

import importlib.util
import sys
import types


def _pure_domain_package() -> None:
    spec = importlib.util.find_spec("crm.domain")
    package = types.ModuleType("crm.domain", "the pure rule modules of crm.domain (reader child process)")
    package.__path__ = list(spec.submodule_search_locations)
    package.__spec__ = spec
    sys.modules["crm.domain"] = package


if __name__ == "__main__":
    _pure_domain_package()
    import gc

    from crm.importing.reader_process import serve

    gc.freeze()  # the modules just loaded live as long as the process: keep them out of collections
    gc.set_threshold(50_000, 10, 10)  # millions of short-lived objects, no cycles worth chasing often
    serve()
