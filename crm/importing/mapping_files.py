"""Mapping files: the --mapping FILE.json a user writes or an import's report gives ({"Header as written":
"field" | "notes" | "skip"}), and the key saved mappings are found again by."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crm.importing.mapping import NOTES, SKIP, normalise_header


def headers_key(kind: str, headers: Sequence[object]) -> str:
    """Saved mappings are found again by a hash of the normalised headers."""
    joined = "\x1f".join([kind, *(normalise_header(h) for h in headers)])
    return hashlib.sha256(joined.encode()).hexdigest()


def load_mapping_file(path: str | Path, headers: Sequence[object], fields: dict,
                      unmapped: str = NOTES) -> dict[int, str]:
    """A JSON object {"Header as written": "field" | "notes" | "skip"} -> {column index: target}; a header
    the file has twice names both columns. A mistake is said with the file's name and the column it is
    about. `unmapped`: SKIP where the kind keeps no notes (a pipeline), and "notes" is then no choice."""
    name = Path(path).name
    data = _mapping_data(path)
    allowed = {"notes": NOTES, "skip": SKIP} if unmapped == NOTES else {"skip": SKIP}
    choices = ", ".join(dict.fromkeys([*fields, *allowed]))
    result = {}
    for header, (target, indexes) in _columns_named(name, data, headers).items():
        if not isinstance(target, str):
            raise ValueError(f"mapping {name}: the column '{header}' is given {json.dumps(target, ensure_ascii=False)};"
                             f" give one of: {choices}")
        target = allowed.get(target, target)
        if target not in fields and target not in allowed.values():
            raise ValueError(f"mapping {name}: '{target}' (for the column '{header}') is not a field; use one of: "
                             + choices)
        result.update(dict.fromkeys(indexes, target))
    return result


def mapped_columns(path: str | Path, headers: Sequence[object]) -> set[int]:
    """The columns a mapping file names (whatever it maps them to; a mistake is said by the import)."""
    try:
        return {index for _target, indexes in _columns_named(Path(path).name, _mapping_data(path), headers).values()
                for index in indexes}
    except ValueError:
        return set()


def _mapping_data(path: str | Path) -> dict:
    name = Path(path).name
    try:
        data = json.loads(_mapping_text(Path(path).read_bytes()))
    except (OSError, ValueError) as exc:
        raise ValueError(f"mapping {name}: not a readable JSON mapping ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"mapping {name}: the mapping must be a JSON object {{\"header\": \"field\"}}")
    return data


def _columns_named(name: str, data: dict, headers: Sequence[object]) -> dict[str, tuple[Any, list[int]]]:
    """Each header of the mapping -> (its target, the indexes of the file's columns it names)."""
    by_header: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        by_header.setdefault(normalise_header(header), []).append(index)
    named = {}
    for header, target in data.items():
        numbered = _NTH.fullmatch(str(header))  # "Nombre [2]": the second column of that name
        indexes = by_header.get(normalise_header(numbered.group(1) if numbered else header))
        if indexes is not None and numbered:
            nth = int(numbered.group(2))
            indexes = [indexes[nth - 1]] if 1 <= nth <= len(indexes) else None
        elif indexes is not None and len(indexes) > 1:
            raise ValueError(f"mapping {name}: the file has {len(indexes)} columns '{header}'; name each as "
                             + ", ".join(f"'{header} [{n}]'" for n in range(1, len(indexes) + 1)))
        if indexes is None:
            raise ValueError(f"mapping {name}: there is no column '{header}' in the file; its columns are: "
                             + ", ".join(str(h) for h in headers))
        named[header] = (target, indexes)
    return named


_NTH = re.compile(r"(.*\S)\s*\[(\d+)\]")


def as_mapping_file(headers: Sequence[object], targets: Sequence[str]) -> dict[str, str]:
    """The columns' targets as a --mapping file writes them ({"Nombre": "full_name", "Extra": "notes"}; a
    header the file has twice as "Nombre [1]", "Nombre [2]"): an import's report gives it, to change."""
    names = [normalise_header(header) for header in headers]
    seen: dict[str, int] = {}
    result = {}
    for header, name, target in zip(headers, names, targets, strict=False):
        if not str(header or "").strip():
            continue
        seen[name] = seen.get(name, 0) + 1
        key = f"{header} [{seen[name]}]" if names.count(name) > 1 else str(header)
        result[key] = {NOTES: "notes", SKIP: "skip"}.get(target, target)
    return result


def _mapping_text(raw: bytes) -> str:
    """A mapping file as Windows editors save it: UTF-8 with or without a BOM, UTF-16, or Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
