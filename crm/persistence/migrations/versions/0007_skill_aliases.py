"""Skills stored under spellings that are now aliases merge into their canonical skill

Revision ID: 0007_skill_aliases
Revises: 0006_profile_url_letters
Create Date: 2026-12-06 20:00:00

Up to 0006 "ML" and "Machine Learning", "PowerBI" and "Power BI", "Next.js" and "NextJS" were each two
skills, so a search or a role's match on one missed the candidates of the other. crm/domain/skills.py now
knows them as one; this merges what was stored: each old spelling's links move to the canonical skill (a
candidate with both keeps one link, with the years either gave), the old skill row goes, import undo
records that name it name the canonical one, and the search documents of the candidates concerned are
rebuilt. The keys are copied here as they were: a migration must do the same whenever it runs.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_skill_aliases"
down_revision = "0006_profile_url_letters"
branch_labels = None
depends_on = None

# canonical key -> (its name, the keys older versions gave its other spellings)
MERGES = {
    "machine_learning": ("Machine Learning", ("ml", "aprendizaje_automatico")),
    "ai": ("AI", ("ia", "inteligencia_artificial", "artificial_intelligence")),
    "power_bi": ("Power BI", ("powerbi",)),
    "nextjs": ("Next.js", ("next.js", "next_js")),
    "express": ("Express", ("express.js", "express_js", "expressjs")),
    "nestjs": ("NestJS", ("nest.js", "nest_js")),
    "react_native": ("React Native", ("reactnative",)),
    "scikit_learn": ("scikit-learn", ("sklearn", "scikit")),
    "spark": ("Apache Spark", ("apache_spark",)),
    "html": ("HTML", ("html5",)),
    "css": ("CSS", ("css3",)),
    "sass": ("Sass", ("scss",)),
    "github_actions": ("GitHub Actions", ("gh_actions",)),
    "gitlab_ci": ("GitLab CI", ("gitlab_ci_cd", "gitlab_cicd")),
    "ddd": ("DDD", ("domain_driven_design",)),
    "nosql": ("NoSQL", ("no_sql",)),
    "unit_testing": ("Unit testing", ("tests_unitarios", "pruebas_unitarias", "testing_unitario", "unit_tests")),
    "design_patterns": ("Design patterns", ("patrones_de_diseno",)),
    "tensorflow": ("TensorFlow", ("tensor_flow",)),
    "jquery": ("jQuery", ()),
    "bash": ("Bash", ("bash_scripting", "shell_scripting")),
}

skill = sa.table("skill", sa.column("id", sa.Integer), sa.column("key", sa.String), sa.column("name", sa.String))
candidate_skill = sa.table("candidate_skill", sa.column("candidate_id", sa.Integer),
                           sa.column("skill_id", sa.Integer), sa.column("years", sa.Float))
role_skill = sa.table("role_skill", sa.column("role_id", sa.Integer), sa.column("skill_id", sa.Integer),
                      sa.column("required", sa.Boolean), sa.column("min_years", sa.Float))
import_item = sa.table("import_item", sa.column("id", sa.Integer), sa.column("entity", sa.String),
                       sa.column("before", sa.JSON))


def _greater(a, b):
    return b if a is None else a if b is None else max(a, b)


def _move_links(connection, table, owner, old_id: int, new_id: int, merge) -> None:
    """The old skill's links become the canonical skill's; where an owner has both, `merge` folds the
    old link's values into the kept one."""
    kept = {row[0]: row for row in connection.execute(sa.select(table).where(table.c.skill_id == new_id))}
    for row in connection.execute(sa.select(table).where(table.c.skill_id == old_id)).all():
        if row[0] in kept:
            connection.execute(table.update().where(owner == row[0], table.c.skill_id == new_id)
                               .values(merge(kept[row[0]], row)))
    other = table.alias("kept")
    connection.execute(table.delete().where(table.c.skill_id == old_id, owner.in_(
        sa.select(other.c[owner.name]).where(other.c.skill_id == new_id))))
    connection.execute(table.update().where(table.c.skill_id == old_id).values(skill_id=new_id))


def _renumber_undo_records(connection, renumbered: dict[int, int]) -> None:
    """An import's undo record lists the skills it added by id: the merged ids become the canonical ones."""
    rows = connection.execute(sa.select(import_item.c.id, import_item.c.before).where(
        import_item.c.entity == "candidate", sa.cast(import_item.c.before, sa.Text).like('%skills_%'))).all()
    for item_id, before in rows:
        added = before.get("skills_added") or []
        earlier = before.get("skills_before")
        new_added = list(dict.fromkeys(renumbered.get(s, s) for s in added))
        new_earlier = None
        if earlier is not None:
            years: dict[int, float | None] = {}
            for skill_id, value in earlier:
                target = renumbered.get(skill_id, skill_id)
                years[target] = _greater(years.get(target), value)
            new_earlier = [[skill_id, value] for skill_id, value in years.items()]
        if new_added != added or new_earlier != earlier:
            before = {**before, "skills_added": new_added, "skills_before": new_earlier}
            connection.execute(import_item.update().where(import_item.c.id == item_id).values(before=before))


def upgrade() -> None:
    connection = op.get_bind()
    renumbered: dict[int, int] = {}  # old skill id -> canonical skill id
    touched: set[int] = set()  # skills whose candidates' search documents change
    for key, (name, old_keys) in MERGES.items():
        rows = connection.execute(sa.select(skill.c.key, skill.c.id, skill.c.name)
                                  .where(skill.c.key.in_([key, *old_keys]))).all()
        ids = {row.key: row.id for row in rows}
        if not ids or (list(ids) == [key] and rows[0].name == name):
            continue  # nothing stored under an old spelling, and the skill already named so
        canonical_id = ids.get(key)
        if canonical_id is None:  # only old spellings: the first becomes the canonical skill
            canonical_id = ids[next(k for k in old_keys if k in ids)]
            connection.execute(skill.update().where(skill.c.id == canonical_id).values(key=key))
        connection.execute(skill.update().where(skill.c.id == canonical_id).values(name=name))
        touched.add(canonical_id)  # its key or name is in its candidates' search documents
        for old_key in old_keys:
            old_id = ids.get(old_key)
            if old_id is None or old_id == canonical_id:
                continue
            _move_links(connection, candidate_skill, candidate_skill.c.candidate_id, old_id, canonical_id,
                        lambda kept, old: {"years": _greater(kept.years, old.years)})
            _move_links(connection, role_skill, role_skill.c.role_id, old_id, canonical_id,
                        lambda kept, old: {"required": bool(kept.required or old.required),
                                           "min_years": _greater(kept.min_years, old.min_years)})
            connection.execute(skill.delete().where(skill.c.id == old_id))
            renumbered[old_id] = canonical_id
    if renumbered:
        _renumber_undo_records(connection, renumbered)
    if touched and connection.dialect.name == "sqlite":
        from crm.persistence.search_index import reindex

        candidates = connection.execute(sa.select(candidate_skill.c.candidate_id).distinct()
                                        .where(candidate_skill.c.skill_id.in_(touched))).scalars().all()
        reindex(connection, candidates)


def downgrade() -> None:
    pass  # the merged spellings are one skill: nothing to split again
