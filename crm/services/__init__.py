"""One public method = one user action = one transaction. Returns plain frozen values.

`Services` (every service over one store) loads on first use: the plain values in
`crm.services.records` and `crm.services.progress` must be importable without SQLAlchemy, which
the window's first paint does not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["Services"]


def __getattr__(name: str):
    if name == "Services":
        from crm.services.bundle import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    from crm.services.bundle import Services
