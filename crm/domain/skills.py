"""The one skill alias table: every spelling of a skill maps to one canonical key and display name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from crm.domain.normalize import fold

# canonical key -> (display name, aliases). Keys avoid punctuation so the search index keeps
# "C++", "C#" and "C" apart (FTS5's tokenizer would make them one word).
_CANON: dict[str, tuple[str, tuple[str, ...]]] = {
    "python": ("Python", ("python3", "py", "python 3")),
    "java": ("Java", ("java 8", "java 11", "java 17", "java se", "j2ee", "jee", "java ee")),
    "kotlin": ("Kotlin", ()),
    "scala": ("Scala", ()),
    "golang": ("Go", ("go", "go lang", "golang")),
    "ruby": ("Ruby", ()),
    "rails": ("Ruby on Rails", ("ror", "ruby on rails", "rails")),
    "php": ("PHP", ("php7", "php8", "php 8")),
    "laravel": ("Laravel", ()),
    "symfony": ("Symfony", ()),
    "javascript": ("JavaScript", ("js", "ecmascript", "es6")),
    "typescript": ("TypeScript", ("ts",)),
    "nodejs": ("Node.js", ("node", "node.js", "node js", "nodejs")),
    "react": ("React", ("reactjs", "react.js")),
    "angular": ("Angular", ("angularjs",)),
    "vue": ("Vue.js", ("vuejs", "vue.js", "vue")),
    "cplusplus": ("C++", ("c++", "cpp")),
    "csharp": ("C#", ("c#", "c sharp")),
    "dotnet": (".NET", (".net", "dotnet", ".net core", "asp.net", "net core")),
    "c": ("C", ()),
    "rust": ("Rust", ()),
    "spring": ("Spring", ("spring boot", "springboot", "spring framework")),
    "django": ("Django", ()),
    "flask": ("Flask", ()),
    "fastapi": ("FastAPI", ("fast api",)),
    "postgresql": ("PostgreSQL", ("postgres", "postgresql", "postgre", "psql", "pgsql")),
    "mysql": ("MySQL", ("mariadb",)),
    "oracle": ("Oracle", ("oracle db", "plsql", "pl/sql")),
    "sqlserver": ("SQL Server", ("sql server", "mssql", "ms sql")),
    "sql": ("SQL", ()),
    "mongodb": ("MongoDB", ("mongo", "mongodb")),
    "redis": ("Redis", ()),
    "elasticsearch": ("Elasticsearch", ("elastic", "elastic search", "opensearch")),
    "kafka": ("Kafka", ("apache kafka",)),
    "rabbitmq": ("RabbitMQ", ("rabbit",)),
    "docker": ("Docker", ()),
    "kubernetes": ("Kubernetes", ("k8s", "kubernetes", "kube")),
    "aws": ("AWS", ("amazon web services",)),
    "gcp": ("Google Cloud", ("google cloud", "google cloud platform")),
    "azure": ("Azure", ("microsoft azure",)),
    "terraform": ("Terraform", ()),
    "linux": ("Linux", ()),
    "git": ("Git", ()),
    "graphql": ("GraphQL", ()),
    "rest": ("REST APIs", ("rest", "rest api", "restful", "api rest", "apis rest")),
    "microservices": ("Microservices", ("microservicios", "microservice")),
    "ci_cd": ("CI/CD", ("ci/cd", "cicd", "ci cd", "jenkins ci")),
    "jenkins": ("Jenkins", ()),
    "tdd": ("TDD", ("test driven development",)),
    "hibernate": ("Hibernate", ("jpa",)),
    "celery": ("Celery", ()),
    "pandas": ("pandas", ()),
    # Added with migration 0007_skill_aliases, which merges what older versions stored under these spellings
    # ("ML" and "Machine Learning" were two skills, so a search for one missed the other's candidates).
    "machine_learning": ("Machine Learning", ("ml", "machine-learning", "aprendizaje automatico")),
    "ai": ("AI", ("ia", "inteligencia artificial", "artificial intelligence")),
    "power_bi": ("Power BI", ("powerbi", "power-bi")),
    "nextjs": ("Next.js", ("next.js", "next js", "nextjs")),
    "express": ("Express", ("express.js", "expressjs", "express js")),
    "nestjs": ("NestJS", ("nest.js", "nest js", "nestjs")),
    "react_native": ("React Native", ("reactnative", "react-native")),
    "scikit_learn": ("scikit-learn", ("sklearn", "scikit learn", "scikit")),
    "spark": ("Apache Spark", ("apache spark", "spark")),
    "html": ("HTML", ("html5",)),
    "css": ("CSS", ("css3",)),
    "sass": ("Sass", ("scss",)),
    "github_actions": ("GitHub Actions", ("gh actions", "github-actions")),
    "gitlab_ci": ("GitLab CI", ("gitlab ci/cd", "gitlab-ci", "gitlab cicd")),
    "ddd": ("DDD", ("domain driven design", "domain-driven design")),
    "nosql": ("NoSQL", ("no sql", "no-sql")),
    "unit_testing": ("Unit testing", ("tests unitarios", "pruebas unitarias", "testing unitario", "unit tests")),
    "design_patterns": ("Design patterns", ("patrones de diseno",)),
    "tensorflow": ("TensorFlow", ("tensor flow",)),
    "jquery": ("jQuery", ()),
    "bash": ("Bash", ("shell scripting", "bash scripting")),
}

_ALIASES: dict[str, str] = {}
for _key, (_name, _aliases) in _CANON.items():
    for _spelling in (_key, _name, *_aliases):
        _ALIASES[fold(_spelling).strip()] = _key


_VERSION = re.compile(r"\s+v?(?:\d+(?:\.\d+)*|20\d\d)$")


@lru_cache(maxsize=4096)
def canonical(raw: str) -> tuple[str, str] | None:
    """Return (key, display name) for a skill as written, or None for an empty string.

    Unknown skills keep their spelling as display name and get a key of folded words.
    """
    cleaned = unicodedata.normalize("NFC", " ".join(raw.strip().split()))  # "Diseño" typed or pasted decomposed
    if not cleaned:
        return None
    folded = fold(cleaned)
    unversioned = _VERSION.sub("", folded)  # "SQL Server 2019", "Angular 17": the skill, whatever its version
    for spelling in (folded, folded.replace(" ", ""), unversioned, unversioned.replace(" ", "")):
        if spelling in _ALIASES:
            key = _ALIASES[spelling]
            return key, _CANON[key][0]
    key = re.sub(r"[^\w+#.]+", "_", folded).strip("_")[:80] or folded[:80]
    return key, cleaned[:80]


def canonical_list(raws: list[str]) -> list[tuple[str, str]]:
    """Canonicalise and de-duplicate, keeping the first spelling's order."""
    seen: dict[str, str] = {}
    for raw in raws:
        result = canonical(raw)
        if result and result[0] not in seen:
            seen[result[0]] = result[1]
    return list(seen.items())


def alias_key(raw: str) -> str | None:
    """The canonical key when `raw` is a known spelling of a skill, else None."""
    return _ALIASES.get(fold(" ".join(raw.split())))


def with_years(skills: Iterable[tuple[str, float | None]]) -> str:
    """'Python (6), Django (4.5), Docker': the one way skills with years are written in a cell, which the
    importer reads back exactly (years are written in full, never rounded)."""
    parts = []
    for name, years in skills:
        if years is None:
            parts.append(name)
        else:
            parts.append(f"{name} ({int(years) if float(years).is_integer() else repr(float(years))})")
    return ", ".join(parts)

