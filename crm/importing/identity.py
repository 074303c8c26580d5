"""Who a row is: its identity keys (email, phone, profile URL) and its name-and-city key.

Pure functions of a row's values (no database); the dedupe step in the database transaction uses them.
"""

from __future__ import annotations

from typing import Any

from crm.domain.normalize import ascii_lower
from crm.importing.candidate_rows import CandidateRow
from crm.importing.values import fold


def identity_keys(values: dict[str, Any]) -> list[str]:
    """The row's keys, the most personal first (a row is the person its first known key names): an email,
    a profile, then a phone, which an office or a family may share."""
    keys = []
    if values.get("email"):
        keys.append("email:" + values["email"])
    linkedin, github = values.get("linkedin_url"), values.get("github_url")
    # A profile's address: a page of the site, not the bare site ("https://github.com" as a placeholder).
    # (A job ad's link in "Links oferta" is no profile column: mapping.)
    if linkedin and _has_path(linkedin):
        keys.append("url:" + url_key(linkedin))
    if github and _has_path(github):
        keys.append("github:" + url_key(github))
    if values.get("phone"):
        keys.append("phone:" + values["phone"])
    return keys


def _has_path(url: str) -> bool:
    """Not a site's bare address or empty profile page (a placeholder, no one's: "https://github.com",
    "linkedin.com/in/", "xing.com/profile/"); a person's own site may be its bare domain (https://tomas.dev)."""
    address = _without_scheme(url)
    return address not in _PLACEHOLDERS and ("/" in address or not _on_shared_site(address))


def _without_scheme(url: str) -> str:
    return url.split("://", 1)[-1].lower()


# Networks, job boards and ATSs: their pages (a company's, an ad, an application) several people give, and their
# bare address no one's; never a site of one's own
_SHARED_SITES = ("linkedin.com", "github.com", "xing.com", "gitlab.com", "bitbucket.org", "twitter.com", "x.com",
                 "facebook.com", "instagram.com", "stackoverflow.com", "behance.net", "dribbble.com", "medium.com",
                 "infojobs.net", "indeed.com", "indeed.es", "tecnoempleo.com", "glassdoor.com", "glassdoor.es",
                 "lever.co", "greenhouse.io", "workable.com", "computrabajo.com", "infoempleo.com", "trabajos.com",
                 "jobandtalent.com", "welcometothejungle.com", "getmanfred.com", "jobs.ch", "monster.com",
                 "monster.es", "talent.com", "jooble.org", "domestika.org", "recruitee.com", "personio.de",
                 "smartrecruiters.com", "teamtailor.com", "bamboohr.com", "factorial.es")


# Sites whose subdomains are their users' own (https://luciaprieto.medium.com): a person's address.
_USERS_SUBDOMAINS = ("medium.com",)


def _on_shared_site(address: str) -> bool:
    host = address.partition("/")[0].removeprefix("www.")
    if any(host.endswith("." + site) for site in _USERS_SUBDOMAINS):
        return False
    return any(host == site or host.endswith("." + site) for site in _SHARED_SITES)


_PLACEHOLDERS = frozenset({"linkedin.com/in", "linkedin.com/pub", "xing.com/profile", "github.com/orgs"})


def strong_profile(key: str) -> bool:
    """A person's own profile page (LinkedIn /in/, /pub/, Recruiter's; Xing /profile/NAME) names one person,
    whatever else their row says. Any other page may be given by several people (a company's page, a job
    ad, a GitHub account that may be an organisation's, a site a family or a studio shares): there a
    different name says someone else (candidate_run._someone_else)."""
    return key.startswith("url:") and _without_scheme(key[4:]).startswith(_PERSONAL_PAGES)


_PERSONAL_PAGES = (*(f"linkedin.com/{part}/" for part in ("in", "pub", "talent", "sales", "mwlite")), "xing.com/profile/")


def own_site(key: str) -> bool:
    """A profile key that is a site of its own (https://nachogarcia.dev), not a page of a network or job
    board: two names on it sharing a surname are worth a look (Nacho and Ignacio García)."""
    return key.startswith("url:") and not _on_shared_site(_without_scheme(key[4:]))


def url_key(url: str) -> str:
    """A profile URL as compared: lower-cased the way SQLite's lower() does it, so the database lookup
    through its lower(linkedin_url) index agrees with the in-memory one."""
    return ascii_lower(url)


def name_key(values: dict[str, Any]) -> tuple[str, str] | None:
    """(folded "first last", folded city), or None without a name. First names and surnames repeat down
    a list (whole names rarely do), so each part is folded through the cache; folding works character
    by character, so the parts folded apart and joined equal the whole name folded."""
    parts = [" ".join(part.split()) for part in (values.get("first_name"), values.get("last_name")) if part]
    parts = [part for part in parts if part]
    if not parts:
        return None
    return " ".join(map(fold, parts)), fold(values.get("city") or "")


# A row's identity keys, worked out by the database step on first use (they are asked for up to three
# times) and dropped by a merge that changes the values (CandidateRow.prepared). Worked out in the
# importer, not in the reader process: at 100,000 rows the reader is the slower side of the two, and
# shipping the keys cost it more than they cost here.
def keys_of(row: CandidateRow) -> list[str]:
    keys = row.prepared
    if keys is None:
        keys = identity_keys(row.values)
        if row.also:  # the person's other addresses and numbers, after the stored ones
            keys += [key for key in dict.fromkeys(row.also) if key not in keys]
        row.prepared = keys
    return keys

